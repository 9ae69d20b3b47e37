# De woorden van de gepubliceerde privacyverklaring, in het Nederlands.
# Juridische termen uit de Nederlandse versie van de AVG (Verordening (EU)
# 2016/679); namen van wetten (CCPA, LGPD) blijven zoals de wet ze noemt.
# Zie docs/i18n.md.

## Lists, places and times

list-and = en
list-or = of
list-alternatives = ; of
if-you-live-in-text = Als u { $place } woont: { $text }

# Plaatsen zoals ze na „u woont” staan, met hun voorzetsel.
region-eea = in de EER
region-eu = in de EU
region-uk = in het Verenigd Koninkrijk
region-switzerland = in Zwitserland
region-us = in de Verenigde Staten
region-california = in Californië
region-us-states = in een Amerikaanse staat met een algemene privacywet
region-brazil = in Brazilië
region-canada = in Canada
region-nevada = in Nevada
region-elsewhere = op een andere plaats
region-coppa = waar de betreffende wet van toepassing is
region-any-place = op welke plaats dan ook
region-other-than = elders dan { $places }

country-us = Verenigde Staten
country-gb = Verenigd Koninkrijk
country-uk = Verenigd Koninkrijk
country-ie = Ierland
country-fr = Frankrijk
country-de = Duitsland
country-nl = Nederland
country-es = Spanje
country-it = Italië
country-be = België
country-at = Oostenrijk
country-se = Zweden
country-dk = Denemarken
country-fi = Finland
country-pl = Polen
country-pt = Portugal
country-ch = Zwitserland
country-ca = Canada
country-in = India
country-br = Brazilië
country-jp = Japan
country-au = Australië
country-sg = Singapore
country-no = Noorwegen
country-lu = Luxemburg

date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

duration-second = { $n ->
    [one] { $n } seconde
   *[other] { $n } seconden
}
duration-minute = { $n ->
    [one] { $n } minuut
   *[other] { $n } minuten
}
duration-hour = { $n ->
    [one] { $n } uur
   *[other] { $n } uur
}
duration-day = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
duration-week = { $n ->
    [one] { $n } week
   *[other] { $n } weken
}
duration-month = { $n ->
    [one] { $n } maand
   *[other] { $n } maanden
}
duration-year = { $n ->
    [one] { $n } jaar
   *[other] { $n } jaar
}
lifetime-session = tot het einde van de browsersessie
lifetime-indefinite = zonder termijn
lifetime-after = { $duration } na { $event }

# De gebeurtenissen vanaf wanneer een termijn loopt, na „na”.
event-account-closure = het sluiten van het account
event-invoice = de facturering
event-purchase = de aankoop
event-last-payment = de laatste betaling
event-last-login = de laatste aanmelding
event-last-activity = de laatste activiteit
event-contract-end = het einde van de overeenkomst
event-unsubscribe = de afmelding
event-collection = de verzameling

## Headings

topic-introduction = Over deze privacyverklaring
topic-controller = Wie wij zijn en hoe u ons bereikt
topic-data = Welke gegevens wij verzamelen en waar ze vandaan komen
topic-purposes = Doeleinden en rechtsgronden van de verwerking
topic-purposes-without-bases = Doeleinden van de verwerking
topic-recipients = Ontvangers
topic-transfers = Internationale doorgiften
topic-retention = Hoe lang wij gegevens bewaren
topic-rights = Uw rechten en hoe u ze uitoefent
topic-california = Uw privacyrechten in Californië
topic-cookies = Cookies en vergelijkbare technieken
topic-children = Kinderen
topic-do-not-track = Privacysignalen en volgen over websites heen
topic-security = Hoe wij uw gegevens beschermen
topic-changes = Wijzigingen van deze privacyverklaring
topic-contact = Contact

## The policy and its parties

jurisdiction-gdpr = de Algemene verordening gegevensbescherming van de EU (AVG)
jurisdiction-uk-gdpr = de UK GDPR
jurisdiction-ccpa = de California Consumer Privacy Act (CCPA)
jurisdiction-caloppa = de California Online Privacy Protection Act (CalOPPA)
jurisdiction-coppa = de Children's Online Privacy Protection Act (COPPA)
jurisdiction-eprivacy = de e-privacyrichtlijn van de EU
jurisdiction-lgpd = de Braziliaanse LGPD
jurisdiction-us-states = de privacywetten van Amerikaanse staten zoals Virginia en Colorado
jurisdiction-fadp = de Zwitserse federale wet betreffende gegevensbescherming (DSG)

## Data

source-person = uzelf
source-automatic = automatisch verzameld
source-third-party = derden
source-third-party-named = derden: { $providers }
source-derived = door ons afgeleid uit andere gegevens

subject-users = mensen die de dienst gebruiken
subject-visitors = bezoekers
subject-customers = klanten
subject-others = mensen die geen gebruiker zijn
subject-children = kinderen
subject-applicants = sollicitanten
subject-employees = werknemers

sensitive-government-id = officiële identificatienummers
sensitive-account-credentials = accountaanmelding met wachtwoord of inloggegevens
sensitive-financial-account = rekening- of kaartnummer met de bijbehorende toegangscode
sensitive-precise-geolocation = precieze geolocatie
sensitive-beliefs = ras of etnische afkomst, religieuze of levensbeschouwelijke overtuigingen of vakbondslidmaatschap
sensitive-communications-content = inhoud van post, e-mail en sms-berichten
sensitive-genetic = genetische gegevens
sensitive-biometric = biometrische gegevens om een persoon te identificeren
sensitive-health = gezondheidsgegevens
sensitive-sex-life = seksueel gedrag of seksuele gerichtheid

ccpa-identifiers = identificatoren
ccpa-customer-records = klantgegevens
ccpa-protected-characteristics = beschermde kenmerken
ccpa-commercial = commerciële informatie
ccpa-biometric = biometrische informatie
ccpa-internet-activity = internet- of netwerkactiviteit
ccpa-geolocation = locatiegegevens
ccpa-sensory = audio-, elektronische of visuele informatie
ccpa-professional = beroeps- of arbeidsgegevens
ccpa-education = onderwijsgegevens
ccpa-inferences = afleidingen
ccpa-sensitive-personal-information = gevoelige persoonlijke informatie

provision-statutory = wettelijk verplicht
provision-contractual = nodig voor de overeenkomst
provision-optional = vrijwillig
provision-not-provided = niet van toepassing: u verstrekt ze niet zelf

retention-in = { $lifetime } als u { $place } woont

## Purposes and legal bases

ground-consent = Toestemming (art. 6 lid 1 onder a AVG)
ground-contract = Uitvoering van een overeenkomst (art. 6 lid 1 onder b AVG)
ground-legal-obligation = Wettelijke verplichting (art. 6 lid 1 onder c AVG)
ground-vital-interests = Vitale belangen (art. 6 lid 1 onder d AVG)
ground-public-task = Taak van algemeen belang (art. 6 lid 1 onder e AVG)
ground-legitimate-interests = Gerechtvaardigde belangen (art. 6 lid 1 onder f AVG)
ground-lgpd-public-policy = Uitvoering van overheidsbeleid (LGPD art. 7, III)
ground-lgpd-research = Onderzoek door een onderzoeksinstelling (LGPD art. 7, IV)
ground-lgpd-exercise-of-rights = Uitoefening van rechten in gerechtelijke, administratieve of arbitrageprocedures (LGPD art. 7, VI)
ground-lgpd-health-protection = Bescherming van de gezondheid (LGPD art. 7, VIII)
ground-lgpd-credit-protection = Bescherming van het krediet (LGPD art. 7, X)
ground-quoted = ‘{ $words }’

data-used-for = Gegevens voor het doel ‘{ $purpose }’
every-purpose = alle doeleinden in deze privacyverklaring

consent-checkbox = een vakje dat u aanvinkt
consent-opt-in = een afzonderlijke aanmelding (opt-in)
consent-pre-ticked = een vooraf aangevinkt vakje
consent-continued-use = uw voortgezet gebruik van de website
consent-banner = een cookiebanner waarin u accepteert of weigert
consent-browser-settings = de cookie-instellingen van uw browser
consent-device-settings = een toestemming die u in de instellingen van uw apparaat geeft

only-on-the-basis-of = { $data }: alleen op de rechtsgrond { $basis }

## Recipients

role-processor = verwerker, die namens ons handelt
role-controller = zelfstandige verwerkingsverantwoordelijke
role-joint-controller = gezamenlijke verwerkingsverantwoordelijke
role-authority = overheidsinstantie
role-affiliate = onderneming van onze groep
role-acquirer = partij bij een fusie of overname
role-agent = iemand die namens u handelt

sale-note-yes = Het verstrekken van gegevens aan hen is een verkoop van persoonlijke informatie.
sale-note-no = Het verstrekken van gegevens aan hen is geen verkoop van persoonlijke informatie.
sharing-note-yes = Het verstrekken van gegevens aan hen is delen voor contextoverschrijdende gedragsgerichte reclame.
sharing-note-no = Het verstrekken van gegevens aan hen is geen delen voor contextoverschrijdende gedragsgerichte reclame.

## Transfers

safeguard-consent-through = afwijking: uw toestemming, verkregen via { $ways } (art. 49 lid 1 onder a AVG)
safeguard-not-stated = niet vermeld
safeguard-none = geen
safeguard-adequacy = adequaatheidsbesluit (art. 45 AVG)
safeguard-sccs = standaardbepalingen inzake gegevensbescherming (art. 46 lid 2 onder c AVG)
safeguard-bcrs = bindende bedrijfsvoorschriften (art. 47 AVG)
safeguard-certification = goedgekeurde gedragscode of goedgekeurd certificeringsmechanisme (art. 46 lid 2 onder e en f AVG)
safeguard-derogation-unnamed = een afwijking van art. 49 AVG (niet vermeld)
safeguard-derogation = afwijking: { $derogation } (art. 49 lid 1 AVG)
derogation-consent = uw uitdrukkelijke toestemming
derogation-contract = noodzakelijk voor een overeenkomst met u
derogation-legal-claims = rechtsvorderingen
derogation-public-interest = algemeen belang
derogation-vital-interests = vitale belangen

## Retention

retention-session = Wij bewaren ze tot het einde van uw browsersessie
retention-indefinite = Wij bewaren persoonsgegevens zonder termijn
retention-period = Bewaartermijn van persoonsgegevens: { $lifetime }

## Rights

right-access = Inzage
right-rectification = Rectificatie
right-erasure = Wissing
right-restriction = Beperking van de verwerking
right-objection = Bezwaar
right-portability = Overdraagbaarheid van gegevens
right-withdraw-consent = Intrekken van toestemming
right-complain = Klacht bij een toezichthoudende autoriteit
right-no-automated-decisions = Niet onderworpen worden aan geautomatiseerde besluiten
right-know = Recht om te weten
right-delete = Recht op verwijdering
right-correct = Recht op correctie
right-opt-out = Recht om bezwaar te maken tegen verkoop en delen
right-limit = Recht om het gebruik van gevoelige persoonlijke informatie te beperken
right-non-discrimination = Recht op non-discriminatie
right-shine-the-light = Verstrekkingen voor direct marketing (Cal. Civ. Code 1798.83)
right-marketing-opt-out = Afmelden voor marketingberichten
right-confirm = Bevestiging dat wij uw gegevens verwerken
right-anonymisation = Anonimisering, blokkering of verwijdering van overbodige gegevens
right-know-recipients = Weten met wie wij uw gegevens delen
right-opt-out-targeted-ads = Bezwaar tegen gerichte reclame
right-opt-out-profiling = Bezwaar tegen profilering
right-appeal = Beroep tegen ons besluit over uw verzoek
right-post-mortem-directives = Instructies over uw gegevens na uw overlijden

## Children

age-years = { $n } jaar
age-in = { $age } als u { $place } woont

## Cookies and trackers

party-first = eigen
party-third = van derden
cookie-category-necessary = noodzakelijk
cookie-category-functional = functioneel
cookie-category-analytics = analytisch
cookie-category-marketing = marketing
tracker-web-beacon = een webbaken
tracker-pixel = een trackingpixel
tracker-sdk = een softwareontwikkelkit in de app
tracker-local-storage = lokale opslag van de browser
tracker-fingerprinting = apparaatvingerafdrukken

## Changes

notice-email = een e-mail aan u
notice-posting = publicatie van de nieuwe verklaring op de website
notice-in-service = een melding in de dienst
notice-banner = een banner op de website

## The page (templates/policy.html, templates/policy.md)

label-colon = { $label }:
not-stated = Niet vermeld
not-named = Zonder naam
yes = Ja
no = Nee
skip-to-policy = Naar de privacyverklaring
contents = Inhoud
last-updated = Laatst bijgewerkt:
in-effect-from = Van kracht vanaf { $date }
version = Versie { $version }
published-at = Gepubliceerd op
notice-at-collection = Onze kennisgeving bij verzameling:
compiled-by = Samengesteld met { $generator }

contact-name = Naam
contact-address = Adres
contact-email = E-mail
contact-email-in = E-mail als u { $place } woont
contact-phone = Telefoon
contact-website = Website
contact-contact-form = Contactformulier
contact-registration = Inschrijving
contact-country = Land
contact-eu-establishment = Vestiging in de EER
contact-dpo-required = Aanwijzing van een functionaris voor gegevensbescherming verplicht (art. 37 AVG)
contact-identity-checked = Uw identiteit wordt gecontroleerd als u via deze weg contact opneemt.
contact-identity-not-checked = Uw identiteit wordt niet gecontroleerd als u via deze weg contact opneemt.

if-you-live-in = Als u { $place } woont:
applies-if-you-live-in = Dit geldt als u { $place } woont

intro-default = Deze privacyverklaring legt uit welke persoonsgegevens worden verzameld, waarom, wie ze ontvangt, hoe lang ze worden bewaard en welke rechten u hebt.
controller-is = De verwerkingsverantwoordelijke voor uw persoonsgegevens is:
controller-instead = Als u { $place } woont, is in plaats daarvan verwerkingsverantwoordelijke:
controller-regional = Als u { $place } woont, is de verwerkingsverantwoordelijke voor uw persoonsgegevens:
dpo = Functionaris voor gegevensbescherming
dpo-for = Functionaris voor gegevensbescherming voor wie { $place } woont
representative-for = Vertegenwoordiger voor wie { $place } woont
representative-eu = Vertegenwoordiger in de Europese Unie

data-caption = Categorieën persoonsgegevens
data-category = Categorie
data-includes = Wat eronder valt
data-source = Herkomst
data-providing = Verstrekking is
data-special = bijzondere categorie: { $condition }
data-about = over { $subjects }
data-ccpa-categories = CCPA-categorieën: { $categories }
data-sensitive = Gevoelige persoonlijke informatie (CCPA): { $categories }
data-sensitive-lower = gevoelige persoonlijke informatie (CCPA): { $categories }
data-collected-by = rechtstreeks verzameld door { $name }
collects-sensitive-yes = Wij verzamelen gevoelige persoonsgegevens.
collects-sensitive-no = Wij verzamelen geen gevoelige persoonsgegevens.
limits-sensitive-yes = Wij gebruiken en verstrekken gevoelige persoonlijke informatie alleen voor de doeleinden die de Californische regels zonder recht op beperking toestaan (11 CCR §7027(m)).
limits-sensitive-no = Wij gebruiken of verstrekken gevoelige persoonlijke informatie voor meer doeleinden dan de Californische regels zonder recht op beperking toestaan (11 CCR §7027(m)); u kunt het gebruik ervan beperken.

purposes-caption-bases = Doeleinden, de gegevens die ze gebruiken en hun rechtsgrond
purposes-caption = Doeleinden en de gegevens die ze gebruiken
purpose = Doel
purpose-data = Gebruikte gegevens
purpose-basis = Rechtsgrond
purpose-including = waaronder { $items }
purpose-uses-all = Alle persoonsgegevens die in deze privacyverklaring worden beschreven
our-interest = Ons belang: { $interest }
special-categories = Bijzondere categorieën: { $condition } (art. 9 lid 2 AVG)
consent-given-through = Toestemming wordt gegeven via { $ways }
legal-bases-heading = De rechtsgronden waarop wij ons baseren
basis-covers = Geldt voor: { $purposes }
automated-yes = Wij nemen via geautomatiseerde middelen besluiten over u.
automated-no = Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.

no-recipients = Wij verstrekken aan niemand persoonsgegevens.
recipients-caption = Ontvangers van persoonsgegevens
recipient = Ontvanger
recipient-role = Rol
recipient-data = Gegevens
recipient-why = Doel
recipient-where = Plaats
for-example = bijvoorbeeld { $examples }
sells-yes = Wij verkopen persoonlijke informatie.
sells-no = Wij verkopen geen persoonlijke informatie.
shares-yes = Wij delen persoonlijke informatie voor contextoverschrijdende gedragsgerichte reclame.
shares-no = Wij delen geen persoonlijke informatie voor contextoverschrijdende gedragsgerichte reclame.

transfers-caption = Doorgiften buiten uw land
transfer = Doorgifte
transfer-destinations = Bestemmingen
transfer-safeguard = Waarborg
transfer-copy = Kopie van de waarborg
transfer-data-sent = Doorgegeven gegevens:
transfer-data-sent-lower = doorgegeven gegevens:
transfer-instruction = Op uw verzoek: { $text }
transfer-instruction-lower = op uw verzoek: { $text }

retention-caption = Hoe lang elke categorie wordt bewaard
retention-kept-for = Bewaartermijn
retention-collected-by = Rechtstreeks verzameld door { $name }
retention-per-purpose = Zoals hierboven per doel vermeld
retention-general = De algemene regels hierboven gelden

identity-checked-for-request = Wij controleren uw identiteit voordat wij dit verzoek behandelen.
identity-not-needed-for-request = Voor dit verzoek is geen identiteitscontrole nodig.
authorities = Autoriteiten
authority = Autoriteit
authority-for = (bevoegd als u { $place } woont)
authority-example = (als voorbeeld genoemd)
supervisory-authorities = Toezichthoudende autoriteiten:
request-this-way = Om een recht uit te oefenen, stuurt u ons een verzoek via deze weg:
request-these-ways = Om een recht uit te oefenen, stuurt u ons een verzoek via een van deze wegen:
answer-within = Onze antwoordtermijn is { $time }
answer-within-in = Als u { $place } woont, is onze antwoordtermijn { $time }
may-take-up-to = Deze termijn kan oplopen tot { $time }: { $when }
may-take-up-to-in = Als u { $place } woont, kan deze termijn oplopen tot { $time }: { $when }
identity-confirm-first = Wij vragen u eerst uw identiteit te bevestigen.
identity-no-confirm = Wij vragen u niet uw identiteit te bevestigen.

cookies-caption = Cookies
cookie-column-name = Naam
cookie-column-provider = Aanbieder
cookie-column-purpose = Doel
cookie-column-category = Categorie
cookie-column-lifetime = Bewaartermijn
cookie-column-party = Partij
cookie-column-domain = Domein
cookie-notice = Meer over de cookies die wij gebruiken staat in een afzonderlijke cookieverklaring:
cookie-consent = Toestemming voor cookies wordt verkregen via { $ways }
cookie-consent-in = Als u { $place } woont, wordt toestemming voor cookies verkregen via { $ways }
opt-out-ways = Manieren om bezwaar te maken:
trackers-heading = Andere volgtechnieken
tracker-lifetime = Bewaartermijn: { $lifetime }

minimum-age = De minimumleeftijd om onze diensten te gebruiken is { $ages }
directed-yes = De dienst is gericht op kinderen.
directed-no = De dienst is niet gericht op kinderen.
parental-consent = Wij vragen toestemming van een ouder.
parental-consent-to-use = Minderjarigen mogen de dienst alleen met toestemming van een ouder gebruiken.
on-discovery = Als wij ontdekken dat wij gegevens van een kind hebben, gebeurt het volgende: { $text }
children-contact = Laat het ons weten: { $contact }

dnt-yes = Wij respecteren Do Not Track-signalen.
dnt-no = Wij reageren niet op Do Not Track-signalen.
gpc-yes = Wij respecteren Global Privacy Control-signalen.
gpc-no = Wij reageren niet op Global Privacy Control-signalen.
tracking-yes = Derden kunnen informatie verzamelen over uw activiteiten op verschillende websites.
tracking-no = Derden verzamelen via onze dienst geen informatie over uw activiteiten op verschillende websites.

security-measures = Onze maatregelen omvatten { $measures }
security-no-guarantee = Geen enkele maatregel is volmaakt; wij kunnen de beveiliging van uw gegevens niet garanderen.
after-breach = Bij een inbreuk in verband met persoonsgegevens: { $text }

changes-notify-by = Wij informeren u over wijzigingen via { $ways }
changes-acceptance = Belangrijke wijzigingen vereisen uw aanvaarding.
changes-take-effect = Wijzigingen worden van kracht: { $when }
changes-continued-use = Gebruik van de diensten na een wijziging geldt als aanvaarding ervan.

## Added with the merge of the region and checker work (issue 22)
undated-note = Dit beleid draagt geen datum.
us-state-disclosures = Wat de privacywetten van Amerikaanse staten ons vragen openbaar te maken:
continues-at = De rest staat op een aparte pagina:
data-maybe-sensitive = Mogelijk gevoelige persoonlijke informatie (CCPA): { $categories }
data-maybe-sensitive-lower = mogelijk gevoelige persoonlijke informatie (CCPA): { $categories }
may-take-longer = Deze termijn kan langer zijn: { $when }
may-take-longer-in = Als u { $place } woont, kan deze termijn langer zijn: { $when }
items-provision = { $items }: { $provision }
date-month = { $month } { $year }
only-if-you-live-in = alleen als u { $place } woont
changes-no-acceptance = Wijzigingen worden van kracht zonder uw aanvaarding.

## Notes: a statement in the policy's own words, under its label (note-BLOCK-KEYWORD).
note-rights-fee = Kosten
note-rights-agent = Verzoeken die iemand anders namens u indient
note-rights-refusal = Wanneer een verzoek kan worden geweigerd
note-policy-precedence = Welk document voorgaat
note-children-age-check = Hoe de leeftijd wordt gecontroleerd
note-children-parental-tools = Hulpmiddelen voor ouders en voogden
note-children-parental-tools-yes = Ouders en voogden hebben hulpmiddelen om te zien of te beperken wat hun kind op de dienst doet.
note-children-parental-tools-no = Ouders en voogden hebben geen hulpmiddelen om te zien of te beperken wat hun kind op de dienst doet.
note-changes-archive = Eerdere versies
note-recipient-bound-by = Waaraan de ontvanger gebonden is
note-transfer-protections = Andere beschermingen
