# The words of the published policy, in English. One file per language
# (i18n/<lang>/policy.ftl) with the same message ids; docs/i18n.md explains
# how to add a language. Legal terms follow the language's official version
# of the GDPR; the names of statutes (CCPA, LGPD) stay as the law names them.
#
# A message is one piece of a sentence or a whole sentence; `{ $name }` is
# filled in by policyc. Keep every message saying exactly what the English
# says, no more.

## Lists, places and times

# Joins the last two items of a list: "a, b and c".
list-and = and
list-or = or
# Joins alternatives, each a phrase: "a; or b".
list-alternatives = ; or
# Text that holds only in some places.
if-you-live-in-text = If you live in { $place }: { $text }

# Places, as they stand after "you live" in this language. English keeps
# the word "in" in its sentences; languages whose preposition changes with
# the place (im EWR, in der Schweiz) put it here.
region-eea = the EEA
region-eu = the EU
region-uk = the UK
region-switzerland = Switzerland
region-us = the United States
region-california = California
region-us-states = a US state with a comprehensive privacy law
region-brazil = Brazil
region-canada = Canada
region-nevada = Nevada
region-elsewhere = any other place
region-coppa = the places its law applies
region-any-place = any place
region-other-than = a place other than { $places }

country-us = United States
country-gb = United Kingdom
country-uk = United Kingdom
country-ie = Ireland
country-fr = France
country-de = Germany
country-nl = Netherlands
country-es = Spain
country-it = Italy
country-be = Belgium
country-at = Austria
country-se = Sweden
country-dk = Denmark
country-fi = Finland
country-pl = Poland
country-pt = Portugal
country-ch = Switzerland
country-ca = Canada
country-in = India
country-br = Brazil
country-jp = Japan
country-au = Australia
country-sg = Singapore
country-no = Norway
country-lu = Luxembourg

# A date: "22 July 2018".
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A length of time: "2 years", "1 month".
duration-second = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
duration-minute = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-hour = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-day = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
duration-week = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
duration-month = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
duration-year = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
# How long something is kept or lives.
lifetime-session = session
lifetime-indefinite = indefinitely
# "2 years after account closure"; the event is the policy's keyword in words.
lifetime-after = { $duration } after { $event }

# The events a period runs from (`1 year after account-closure`), as
# policies write them; an event not listed here shows as its keyword.
event-account-closure = account closure
event-invoice = invoice
event-purchase = purchase
event-last-payment = last payment
event-last-login = last login
event-last-activity = last activity
event-contract-end = contract end
event-unsubscribe = unsubscribe
event-collection = collection

## Headings

topic-introduction = About this policy
topic-controller = Who we are and how to reach us
topic-data = What we collect and where it comes from
topic-purposes = Why we use it and on what legal basis
topic-purposes-without-bases = Why we use it
topic-recipients = Who receives it
topic-transfers = International transfers
topic-retention = How long we keep it
topic-rights = Your rights and how to use them
topic-california = Your California privacy rights
topic-cookies = Cookies and similar technologies
topic-children = Children
topic-do-not-track = Privacy signals and cross-site tracking
topic-security = How we protect your data
topic-changes = Changes to this policy
topic-contact = Contact us

## The policy and its parties

jurisdiction-gdpr = the EU General Data Protection Regulation
jurisdiction-uk-gdpr = the UK GDPR
jurisdiction-ccpa = the California Consumer Privacy Act
jurisdiction-caloppa = the California Online Privacy Protection Act
jurisdiction-coppa = the Children's Online Privacy Protection Act
jurisdiction-eprivacy = the EU ePrivacy Directive
jurisdiction-lgpd = Brazil's LGPD
jurisdiction-us-states = the privacy laws of US states such as Virginia and Colorado
jurisdiction-fadp = the Swiss Federal Act on Data Protection

## Data

source-person = you
source-automatic = collected automatically
source-third-party = third parties
source-third-party-named = third parties: { $providers }
source-derived = derived by us from other data

subject-users = people who use the service
subject-visitors = visitors
subject-customers = customers
subject-others = people who are not users
subject-children = children
subject-applicants = job applicants
subject-employees = employees

sensitive-government-id = government identifiers
sensitive-account-credentials = account log-in with its password or credentials
sensitive-financial-account = financial account or card number with its access code
sensitive-precise-geolocation = precise geolocation
sensitive-beliefs = racial or ethnic origin, religious or philosophical beliefs or union membership
sensitive-communications-content = contents of mail, e-mail and text messages
sensitive-genetic = genetic data
sensitive-biometric = biometric information used to identify a person
sensitive-health = health information
sensitive-sex-life = sex life or sexual orientation

ccpa-identifiers = identifiers
ccpa-customer-records = customer records
ccpa-protected-characteristics = protected characteristics
ccpa-commercial = commercial information
ccpa-biometric = biometric information
ccpa-internet-activity = internet or network activity
ccpa-geolocation = geolocation data
ccpa-sensory = audio, electronic or visual information
ccpa-professional = professional or employment information
ccpa-education = education information
ccpa-inferences = inferences
ccpa-sensitive-personal-information = sensitive personal information

provision-statutory = required by law
provision-contractual = required for the contract
provision-optional = optional
provision-not-provided = not something you provide

# A retention rule that holds only in some places: "2 years if you live in the EEA".
retention-in = { $lifetime } if you live in { $place }

## Purposes and legal bases

ground-consent = Consent (GDPR Art. 6(1)(a))
ground-contract = Performance of a contract (GDPR Art. 6(1)(b))
ground-legal-obligation = Legal obligation (GDPR Art. 6(1)(c))
ground-vital-interests = Vital interests (GDPR Art. 6(1)(d))
ground-public-task = Public task (GDPR Art. 6(1)(e))
ground-legitimate-interests = Legitimate interests (GDPR Art. 6(1)(f))
ground-lgpd-public-policy = Carrying out public policies (LGPD Art. 7(III))
ground-lgpd-research = Studies by a research body (LGPD Art. 7(IV))
ground-lgpd-exercise-of-rights = Exercising rights in judicial, administrative or arbitration proceedings (LGPD Art. 7(VI))
ground-lgpd-health-protection = Protecting health (LGPD Art. 7(VIII))
ground-lgpd-credit-protection = Protecting credit (LGPD Art. 7(X))
# A basis in the policy's own words.
ground-quoted = “{ $words }”

data-used-for = Data used for { $purpose }
every-purpose = every purpose in this policy

consent-checkbox = a box you tick
consent-opt-in = a separate opt-in
consent-pre-ticked = a box ticked in advance
consent-continued-use = your continued use of the site
consent-banner = a cookie banner where you accept or refuse
consent-browser-settings = your browser's cookie settings
consent-device-settings = a permission you grant in your device's settings

# "Public content: only on the basis of consent (GDPR Art. 6(1)(a))".
only-on-the-basis-of = { $data }: only on the basis of { $basis }

## Recipients

role-processor = processor, acting on our behalf
role-controller = independent controller
role-joint-controller = joint controller
role-authority = public authority
role-affiliate = company of our group
role-acquirer = party to a merger or acquisition
role-agent = someone acting for you

sale-note-yes = Disclosing data to them is a sale of personal information.
sale-note-no = Disclosing data to them is not a sale of personal information.
sharing-note-yes = Disclosing data to them is sharing for cross-context behavioural advertising.
sharing-note-no = Disclosing data to them is not sharing for cross-context behavioural advertising.

## Transfers

safeguard-consent-through = derogation: your consent, obtained through { $ways } (GDPR Art. 49(1)(a))
safeguard-not-stated = not stated
safeguard-none = none
safeguard-adequacy = adequacy decision (GDPR Art. 45)
safeguard-sccs = standard contractual clauses (GDPR Art. 46(2)(c))
safeguard-bcrs = binding corporate rules (GDPR Art. 47)
safeguard-certification = approved code of conduct or certification (GDPR Art. 46(2)(e)–(f))
safeguard-derogation-unnamed = a derogation of GDPR Art. 49 (not named)
safeguard-derogation = derogation: { $derogation } (GDPR Art. 49(1))
derogation-consent = your explicit consent
derogation-contract = necessary for a contract with you
derogation-legal-claims = legal claims
derogation-public-interest = public interest
derogation-vital-interests = vital interests

## Retention

retention-session = We keep it until the end of your browser session
retention-indefinite = We keep personal data without a time limit
retention-period = We keep personal data for { $lifetime }

## Rights

right-access = Access
right-rectification = Rectification
right-erasure = Erasure
right-restriction = Restriction of processing
right-objection = Objection
right-portability = Data portability
right-withdraw-consent = Withdrawing consent
right-complain = Complaint to a supervisory authority
right-no-automated-decisions = Not being subject to automated decisions
right-know = Right to know
right-delete = Right to delete
right-correct = Right to correct
right-opt-out = Right to opt out of sale and sharing
right-limit = Right to limit use of sensitive personal information
right-non-discrimination = Right to non-discrimination
right-shine-the-light = Disclosures for direct marketing (Cal. Civ. Code 1798.83)
right-marketing-opt-out = Opting out of marketing messages
right-confirm = Confirmation that we process your data
right-anonymisation = Anonymisation, blocking or deletion of unnecessary data
right-know-recipients = Knowing with whom we share your data
right-opt-out-targeted-ads = Opting out of targeted advertising
right-opt-out-profiling = Opting out of profiling
right-appeal = Appealing our decision on your request
right-post-mortem-directives = Directives about your data after your death

## Children

# An age in years ("16").
age-years = { $n }
# A minimum age that holds only in some places: "16 if you live in the EEA".
age-in = { $age } if you live in { $place }

## Cookies and trackers

party-first = first party
party-third = third party
cookie-category-necessary = necessary
cookie-category-functional = functional
cookie-category-analytics = analytics
cookie-category-marketing = marketing
tracker-web-beacon = a web beacon
tracker-pixel = a tracking pixel
tracker-sdk = a software development kit in the app
tracker-local-storage = browser local storage
tracker-fingerprinting = device fingerprinting

## Changes

notice-email = an e-mail to you
notice-posting = posting the new policy on the site
notice-in-service = a notice in the service
notice-banner = a banner on the site

## The page (templates/policy.html, templates/policy.md)

# A label before its value: "Name:" (French puts a space before the colon).
label-colon = { $label }:
not-stated = Not stated
not-named = Not named
yes = Yes
no = No
skip-to-policy = Skip to the policy
contents = Contents
last-updated = Last updated
in-effect-from = In effect from { $date }
version = Version { $version }
published-at = Published at
notice-at-collection = Our notice at collection:
compiled-by = Compiled by { $generator }

contact-name = Name
contact-address = Address
contact-email = E-mail
contact-email-in = E-mail if you live in { $place }
contact-phone = Phone
contact-website = Website
contact-contact-form = Contact form
contact-registration = Registration
contact-country = Country
contact-eu-establishment = Establishment in the EEA
contact-dpo-required = Data protection officer required (GDPR Art. 37)
contact-identity-checked = Identity is checked when you make contact here.
contact-identity-not-checked = Identity is not checked when you make contact here.

if-you-live-in = If you live in { $place }:
applies-if-you-live-in = This applies if you live in { $place }

intro-default = This policy explains what personal data is collected, why, who receives it, how long it is kept, and what rights you have.
controller-is = The controller responsible for your personal data is:
controller-instead = If you live in { $place }, the controller is instead:
controller-regional = If you live in { $place }, the controller responsible for your personal data is:
dpo = Data protection officer
dpo-for = Data protection officer for { $place }
representative-for = Representative for { $place }
representative-eu = Representative in the European Union

data-caption = Categories of personal data
data-category = Category
data-includes = What it includes
data-source = Where it comes from
data-providing = Providing it is
data-special = special category: { $condition }
data-about = about { $subjects }
data-ccpa-categories = CCPA categories: { $categories }
data-sensitive = Sensitive personal information (CCPA): { $categories }
data-sensitive-lower = sensitive personal information (CCPA): { $categories }
data-collected-by = collected directly by { $name }
collects-sensitive-yes = We collect sensitive personal data.
collects-sensitive-no = We do not collect sensitive personal data.
limits-sensitive-yes = We use and disclose sensitive personal information only for the purposes the California regulations allow without a right to limit (11 CCR §7027(m)).
limits-sensitive-no = We use or disclose sensitive personal information for purposes beyond those the California regulations allow without a right to limit (11 CCR §7027(m)); you may limit its use.

purposes-caption-bases = Purposes, the data they use, and their legal basis
purposes-caption = Purposes and the data they use
purpose = Purpose
purpose-data = Data used
purpose-basis = Legal basis
purpose-including = including { $items }
purpose-uses-all = All the personal data described in this policy
our-interest = Our interest: { $interest }
special-categories = Special categories: { $condition } (GDPR Art. 9(2))
consent-given-through = Consent is given through { $ways }
legal-bases-heading = The legal bases we rely on
basis-covers = Covers: { $purposes }
automated-yes = We make decisions about you by automated means.
automated-no = We make no decisions about you by automated means alone.

no-recipients = We do not disclose personal data to anyone.
recipients-caption = Who receives personal data
recipient = Recipient
recipient-role = Role
recipient-data = Data
recipient-why = Why
recipient-where = Where
for-example = for example { $examples }
sells-yes = We sell personal information.
sells-no = We do not sell personal information.
shares-yes = We share personal information for cross-context behavioural advertising.
shares-no = We do not share personal information for cross-context behavioural advertising.

transfers-caption = Transfers outside your country
transfer = Transfer
transfer-destinations = Destinations
transfer-safeguard = Safeguard
transfer-copy = Copy of the safeguard
transfer-data-sent = Data sent:
transfer-data-sent-lower = data sent:
transfer-instruction = Made at your instruction: { $text }
transfer-instruction-lower = made at your instruction: { $text }

retention-caption = How long each category is kept
retention-kept-for = Kept for
retention-collected-by = Collected directly by { $name }
retention-per-purpose = As stated for each purpose above
retention-general = The general rules above apply

identity-checked-for-request = We check your identity before acting on this request.
identity-not-needed-for-request = No identity check is needed for this request.
authorities = Authorities
authority = Authority
authority-for = (for { $place })
authority-example = (given as an example)
supervisory-authorities = Supervisory authorities:
request-this-way = To use a right, send us a request this way:
request-these-ways = To use a right, send us a request in one of these ways:
answer-within = We answer within { $time }
answer-within-in = If you live in { $place }, we answer within { $time }
may-take-up-to = We may take up to { $time } { $when }
may-take-up-to-in = If you live in { $place }, we may take up to { $time } { $when }
identity-confirm-first = We will ask you to confirm your identity first.
identity-no-confirm = We do not ask you to confirm your identity.

cookies-caption = Cookies
cookie-column-name = Name
cookie-column-provider = Provider
cookie-column-purpose = Purpose
cookie-column-category = Category
cookie-column-lifetime = Lifetime
cookie-column-party = Party
cookie-column-domain = Domain
cookie-notice = More about the cookies we use is in a separate cookie notice:
cookie-consent = Consent to cookies is obtained through { $ways }
cookie-consent-in = If you live in { $place }, consent to cookies is obtained through { $ways }
opt-out-ways = Ways to opt out:
trackers-heading = Other tracking technologies
tracker-lifetime = Lifetime: { $lifetime }

minimum-age = The minimum age to use our services is { $ages }
directed-yes = The service is directed at children.
directed-no = The service is not directed at children.
parental-consent = We ask for a parent's consent.
parental-consent-to-use = Minors may use the service only with a parent's consent.
on-discovery = If we learn that we hold a child's data, this is what happens: { $text }
children-contact = Tell us at { $contact }

dnt-yes = We honour Do Not Track signals.
dnt-no = We do not respond to Do Not Track signals.
gpc-yes = We honour Global Privacy Control signals.
gpc-no = We do not respond to Global Privacy Control signals.
tracking-yes = Third parties may collect information about your activity across sites.
tracking-no = Third parties do not collect information about your activity across sites through our service.

security-measures = Our measures include { $measures }
security-no-guarantee = No measure is perfect; we cannot guarantee the security of your data.
after-breach = After a breach, { $text }

changes-notify-by = We tell you of changes by { $ways }
changes-acceptance = Significant changes need your acceptance.
changes-take-effect = Changes take effect { $when }
changes-continued-use = Using the services after a change is treated as accepting it.

## Added with the merge of the region and checker work (issue 22)
undated-note = This policy carries no date.
us-state-disclosures = What US state privacy laws ask us to disclose:
continues-at = The rest is on a page of its own:
data-maybe-sensitive = May be sensitive personal information (CCPA): { $categories }
data-maybe-sensitive-lower = may be sensitive personal information (CCPA): { $categories }
may-take-longer = We may take longer { $when }
may-take-longer-in = If you live in { $place }, we may take longer { $when }
items-provision = { $items }: { $provision }
date-month = { $month } { $year }
only-if-you-live-in = only if you live in { $place }
changes-no-acceptance = Changes take effect without your acceptance.

## Notes: a statement in the policy's own words, under its label (note-BLOCK-KEYWORD).
note-rights-fee = Fees
note-rights-agent = Requests made for you by someone else
note-rights-refusal = When a request may be refused
note-policy-precedence = Which document prevails
note-children-age-check = How age is checked
note-children-parental-tools = Tools for parents and guardians
note-children-parental-tools-yes = Parents and guardians have tools to see or limit what their child does on the service.
note-children-parental-tools-no = Parents and guardians have no tools to see or limit what their child does on the service.
note-changes-archive = Earlier versions
note-recipient-bound-by = What the recipient is bound to
note-transfer-protections = Other protections
