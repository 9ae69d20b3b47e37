# Die Wörter der veröffentlichten Datenschutzerklärung, auf Deutsch.
# Rechtsbegriffe nach der deutschen Fassung der DSGVO (Verordnung (EU)
# 2016/679); Gesetzesnamen wie CCPA und LGPD bleiben, wie das Gesetz sie nennt.
# Hinweise für Übersetzer: docs/i18n.md.

## Lists, places and times

list-and = und
list-or = oder
list-alternatives = ; oder
if-you-live-in-text = Wenn Sie { $place } wohnen: { $text }

# Orte, wie sie nach „Sie wohnen“ stehen: mit der passenden Präposition.
region-eea = im EWR
region-eu = in der EU
region-uk = im Vereinigten Königreich
region-switzerland = in der Schweiz
region-us = in den Vereinigten Staaten
region-california = in Kalifornien
region-us-states = in einem US-Bundesstaat mit umfassendem Datenschutzgesetz
region-brazil = in Brasilien
region-canada = in Kanada
region-nevada = in Nevada
region-elsewhere = an einem anderen Ort
region-coppa = dort, wo das jeweilige Gesetz gilt
region-any-place = an einem beliebigen Ort
region-other-than = anderswo als { $places }

country-us = Vereinigte Staaten
country-gb = Vereinigtes Königreich
country-uk = Vereinigtes Königreich
country-ie = Irland
country-fr = Frankreich
country-de = Deutschland
country-nl = Niederlande
country-es = Spanien
country-it = Italien
country-be = Belgien
country-at = Österreich
country-se = Schweden
country-dk = Dänemark
country-fi = Finnland
country-pl = Polen
country-pt = Portugal
country-ch = Schweiz
country-ca = Kanada
country-in = Indien
country-br = Brasilien
country-jp = Japan
country-au = Australien
country-sg = Singapur
country-no = Norwegen
country-lu = Luxemburg

date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

duration-second = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
duration-minute = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
duration-hour = { $n ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
duration-day = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
duration-week = { $n ->
    [one] { $n } Woche
   *[other] { $n } Wochen
}
duration-month = { $n ->
    [one] { $n } Monat
   *[other] { $n } Monate
}
duration-year = { $n ->
    [one] { $n } Jahr
   *[other] { $n } Jahre
}
lifetime-session = bis zum Ende der Browsersitzung
lifetime-indefinite = unbefristet
lifetime-after = { $duration } nach { $event }

# Ereignisse, ab denen eine Frist läuft, im Dativ nach „nach“.
event-account-closure = der Schließung des Kontos
event-invoice = der Rechnungsstellung
event-purchase = dem Kauf
event-last-payment = der letzten Zahlung
event-last-login = der letzten Anmeldung
event-last-activity = der letzten Aktivität
event-contract-end = dem Ende des Vertrags
event-unsubscribe = der Abmeldung
event-collection = der Erhebung

## Headings

topic-introduction = Über diese Datenschutzerklärung
topic-controller = Wer wir sind und wie Sie uns erreichen
topic-data = Welche Daten wir erheben und woher sie stammen
topic-purposes = Zwecke und Rechtsgrundlagen der Verarbeitung
topic-purposes-without-bases = Zwecke der Verarbeitung
topic-recipients = Empfänger
topic-transfers = Übermittlungen in Drittländer
topic-retention = Wie lange wir Daten speichern
topic-rights = Ihre Rechte und wie Sie sie ausüben
topic-california = Ihre Datenschutzrechte in Kalifornien
topic-cookies = Cookies und ähnliche Technologien
topic-children = Kinder
topic-do-not-track = Datenschutzsignale und websiteübergreifendes Tracking
topic-security = Wie wir Ihre Daten schützen
topic-changes = Änderungen dieser Datenschutzerklärung
topic-contact = Kontakt

## The policy and its parties

jurisdiction-gdpr = die Datenschutz-Grundverordnung der EU (DSGVO)
jurisdiction-uk-gdpr = die UK GDPR
jurisdiction-ccpa = der California Consumer Privacy Act (CCPA)
jurisdiction-caloppa = der California Online Privacy Protection Act (CalOPPA)
jurisdiction-coppa = der Children's Online Privacy Protection Act (COPPA)
jurisdiction-eprivacy = die ePrivacy-Richtlinie der EU
jurisdiction-lgpd = das brasilianische LGPD
jurisdiction-us-states = die Datenschutzgesetze von US-Bundesstaaten wie Virginia und Colorado
jurisdiction-fadp = das Schweizer Bundesgesetz über den Datenschutz (DSG)

## Data

source-person = von Ihnen
source-automatic = automatisch erhoben
source-third-party = von Dritten
source-third-party-named = von Dritten: { $providers }
source-derived = von uns aus anderen Daten abgeleitet

subject-users = Personen, die den Dienst nutzen
subject-visitors = Besucher
subject-customers = Kunden
subject-others = Personen, die keine Nutzer sind
subject-children = Kinder
subject-applicants = Bewerber
subject-employees = Beschäftigte

sensitive-government-id = amtliche Kennungen
sensitive-account-credentials = Konto-Anmeldedaten mit Passwort oder Zugangsdaten
sensitive-financial-account = Finanzkonto- oder Kartennummer mit Zugangscode
sensitive-precise-geolocation = genaue Standortdaten
sensitive-beliefs = rassische oder ethnische Herkunft, religiöse oder weltanschauliche Überzeugungen oder Gewerkschaftszugehörigkeit
sensitive-communications-content = Inhalte von Post, E-Mails und Textnachrichten
sensitive-genetic = genetische Daten
sensitive-biometric = biometrische Daten zur Identifizierung einer Person
sensitive-health = Gesundheitsdaten
sensitive-sex-life = Sexualleben oder sexuelle Orientierung

ccpa-identifiers = Kennungen
ccpa-customer-records = Kundendatensätze
ccpa-protected-characteristics = geschützte Merkmale
ccpa-commercial = kommerzielle Informationen
ccpa-biometric = biometrische Informationen
ccpa-internet-activity = Internet- oder Netzwerkaktivität
ccpa-geolocation = Standortdaten
ccpa-sensory = akustische, elektronische oder visuelle Informationen
ccpa-professional = berufliche oder beschäftigungsbezogene Informationen
ccpa-education = Informationen zur Ausbildung
ccpa-inferences = Schlussfolgerungen
ccpa-sensitive-personal-information = sensible personenbezogene Informationen

provision-statutory = gesetzlich vorgeschrieben
provision-contractual = für den Vertrag erforderlich
provision-optional = freiwillig
provision-not-provided = nicht von Ihnen bereitzustellen

retention-in = { $lifetime }, wenn Sie { $place } wohnen

## Purposes and legal bases

ground-consent = Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)
ground-contract = Erfüllung eines Vertrags (Art. 6 Abs. 1 lit. b DSGVO)
ground-legal-obligation = Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)
ground-vital-interests = Lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO)
ground-public-task = Wahrnehmung einer Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)
ground-legitimate-interests = Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)
ground-lgpd-public-policy = Durchführung öffentlicher Politiken (LGPD Art. 7 III)
ground-lgpd-research = Studien durch eine Forschungseinrichtung (LGPD Art. 7 IV)
ground-lgpd-exercise-of-rights = Ausübung von Rechten in Gerichts-, Verwaltungs- oder Schiedsverfahren (LGPD Art. 7 VI)
ground-lgpd-health-protection = Schutz der Gesundheit (LGPD Art. 7 VIII)
ground-lgpd-credit-protection = Schutz des Kredits (LGPD Art. 7 X)
ground-quoted = „{ $words }“

data-used-for = Daten für den Zweck „{ $purpose }“
every-purpose = alle Zwecke dieser Datenschutzerklärung

consent-checkbox = ein Kästchen, das Sie ankreuzen
consent-opt-in = eine gesonderte Zustimmung (Opt-in)
consent-pre-ticked = ein vorab angekreuztes Kästchen
consent-continued-use = Ihre weitere Nutzung der Website
consent-banner = ein Cookie-Banner, in dem Sie zustimmen oder ablehnen
consent-browser-settings = die Cookie-Einstellungen Ihres Browsers
consent-device-settings = eine Berechtigung, die Sie in den Einstellungen Ihres Geräts erteilen

only-on-the-basis-of = { $data }: nur auf der Rechtsgrundlage { $basis }

## Recipients

role-processor = Auftragsverarbeiter, der in unserem Auftrag handelt
role-controller = eigenständiger Verantwortlicher
role-joint-controller = gemeinsam Verantwortlicher
role-authority = Behörde
role-affiliate = Unternehmen unserer Unternehmensgruppe
role-acquirer = Beteiligter an einer Fusion oder Übernahme
role-agent = eine Person, die für Sie handelt

sale-note-yes = Die Offenlegung von Daten an sie ist ein Verkauf personenbezogener Informationen.
sale-note-no = Die Offenlegung von Daten an sie ist kein Verkauf personenbezogener Informationen.
sharing-note-yes = Die Offenlegung von Daten an sie ist eine Weitergabe für kontextübergreifende verhaltensbasierte Werbung.
sharing-note-no = Die Offenlegung von Daten an sie ist keine Weitergabe für kontextübergreifende verhaltensbasierte Werbung.

## Transfers

safeguard-consent-through = Ausnahme: Ihre Einwilligung, eingeholt durch { $ways } (Art. 49 Abs. 1 lit. a DSGVO)
safeguard-not-stated = nicht angegeben
safeguard-none = keine
safeguard-adequacy = Angemessenheitsbeschluss (Art. 45 DSGVO)
safeguard-sccs = Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c DSGVO)
safeguard-bcrs = verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)
safeguard-certification = genehmigte Verhaltensregeln oder genehmigter Zertifizierungsmechanismus (Art. 46 Abs. 2 lit. e und f DSGVO)
safeguard-derogation-unnamed = eine Ausnahme nach Art. 49 DSGVO (nicht benannt)
safeguard-derogation = Ausnahme: { $derogation } (Art. 49 Abs. 1 DSGVO)
derogation-consent = Ihre ausdrückliche Einwilligung
derogation-contract = für die Erfüllung eines Vertrags mit Ihnen erforderlich
derogation-legal-claims = Rechtsansprüche
derogation-public-interest = öffentliches Interesse
derogation-vital-interests = lebenswichtige Interessen

## Retention

retention-session = Wir speichern sie bis zum Ende Ihrer Browsersitzung
retention-indefinite = Wir speichern personenbezogene Daten ohne zeitliche Begrenzung
retention-period = Speicherdauer personenbezogener Daten: { $lifetime }

## Rights

right-access = Auskunft
right-rectification = Berichtigung
right-erasure = Löschung
right-restriction = Einschränkung der Verarbeitung
right-objection = Widerspruch
right-portability = Datenübertragbarkeit
right-withdraw-consent = Widerruf der Einwilligung
right-complain = Beschwerde bei einer Aufsichtsbehörde
right-no-automated-decisions = Keine ausschließlich automatisierte Entscheidung
right-know = Recht auf Auskunft über erhobene Informationen
right-delete = Recht auf Löschung
right-correct = Recht auf Berichtigung
right-opt-out = Recht auf Widerspruch gegen Verkauf und Weitergabe
right-limit = Recht auf Beschränkung der Nutzung sensibler personenbezogener Informationen
right-non-discrimination = Recht auf Nichtdiskriminierung
right-shine-the-light = Offenlegungen für Direktwerbung (Cal. Civ. Code 1798.83)
right-marketing-opt-out = Abmeldung von Werbenachrichten
right-confirm = Bestätigung, dass wir Ihre Daten verarbeiten
right-anonymisation = Anonymisierung, Sperrung oder Löschung nicht erforderlicher Daten
right-know-recipients = Auskunft darüber, an wen wir Ihre Daten weitergeben
right-opt-out-targeted-ads = Widerspruch gegen gezielte Werbung
right-opt-out-profiling = Widerspruch gegen Profiling
right-appeal = Einspruch gegen unsere Entscheidung über Ihren Antrag
right-post-mortem-directives = Verfügungen über Ihre Daten nach Ihrem Tod

## Children

age-years = { $n ->
    [one] { $n } Jahr
   *[other] { $n } Jahre
}
age-in = { $age }, wenn Sie { $place } wohnen

## Cookies and trackers

party-first = Erstanbieter
party-third = Drittanbieter
cookie-category-necessary = notwendig
cookie-category-functional = funktional
cookie-category-analytics = Analyse
cookie-category-marketing = Marketing
tracker-web-beacon = ein Web-Beacon
tracker-pixel = ein Tracking-Pixel
tracker-sdk = ein Software Development Kit in der App
tracker-local-storage = lokaler Speicher des Browsers
tracker-fingerprinting = Geräte-Fingerprinting

## Changes

notice-email = eine E-Mail an Sie
notice-posting = die Veröffentlichung der neuen Erklärung auf der Website
notice-in-service = einen Hinweis im Dienst
notice-banner = ein Banner auf der Website

## The page (templates/policy.html, templates/policy.md)

label-colon = { $label }:
not-stated = Nicht angegeben
not-named = Nicht benannt
yes = Ja
no = Nein
skip-to-policy = Zur Datenschutzerklärung springen
contents = Inhalt
last-updated = Stand:
in-effect-from = Gültig ab { $date }
version = Version { $version }
published-at = Veröffentlicht unter
notice-at-collection = Unser Hinweis bei der Erhebung:
compiled-by = Erstellt mit { $generator }

contact-name = Name
contact-address = Anschrift
contact-email = E-Mail
contact-email-in = E-Mail, wenn Sie { $place } wohnen
contact-phone = Telefon
contact-website = Website
contact-contact-form = Kontaktformular
contact-registration = Registereintrag
contact-country = Land
contact-eu-establishment = Niederlassung im EWR
contact-dpo-required = Benennung eines Datenschutzbeauftragten erforderlich (Art. 37 DSGVO)
contact-identity-checked = Bei einer Kontaktaufnahme über diesen Weg wird Ihre Identität geprüft.
contact-identity-not-checked = Bei einer Kontaktaufnahme über diesen Weg wird Ihre Identität nicht geprüft.

if-you-live-in = Wenn Sie { $place } wohnen:
applies-if-you-live-in = Dies gilt, wenn Sie { $place } wohnen

intro-default = Diese Datenschutzerklärung erläutert, welche personenbezogenen Daten erhoben werden, zu welchen Zwecken, wer sie erhält, wie lange sie gespeichert werden und welche Rechte Sie haben.
controller-is = Verantwortlicher für Ihre personenbezogenen Daten ist:
controller-instead = Wenn Sie { $place } wohnen, ist stattdessen Verantwortlicher:
controller-regional = Wenn Sie { $place } wohnen, ist Verantwortlicher für Ihre personenbezogenen Daten:
dpo = Datenschutzbeauftragter
dpo-for = Datenschutzbeauftragter für Personen, die { $place } wohnen
representative-for = Vertreter für Personen, die { $place } wohnen
representative-eu = Vertreter in der Europäischen Union

data-caption = Kategorien personenbezogener Daten
data-category = Kategorie
data-includes = Was sie umfasst
data-source = Woher sie stammt
data-providing = Bereitstellung
data-special = besondere Kategorie: { $condition }
data-about = betrifft { $subjects }
data-ccpa-categories = CCPA-Kategorien: { $categories }
data-sensitive = Sensible personenbezogene Informationen (CCPA): { $categories }
data-sensitive-lower = sensible personenbezogene Informationen (CCPA): { $categories }
data-collected-by = direkt erhoben von { $name }
collects-sensitive-yes = Wir erheben sensible personenbezogene Daten.
collects-sensitive-no = Wir erheben keine sensiblen personenbezogenen Daten.
limits-sensitive-yes = Wir verwenden und offenbaren sensible personenbezogene Informationen nur für die Zwecke, die die kalifornischen Vorschriften ohne ein Recht auf Beschränkung zulassen (11 CCR §7027(m)).
limits-sensitive-no = Wir verwenden oder offenbaren sensible personenbezogene Informationen für Zwecke über diejenigen hinaus, die die kalifornischen Vorschriften ohne ein Recht auf Beschränkung zulassen (11 CCR §7027(m)); Sie können ihre Nutzung beschränken.

purposes-caption-bases = Zwecke, die dafür verwendeten Daten und ihre Rechtsgrundlage
purposes-caption = Zwecke und die dafür verwendeten Daten
purpose = Zweck
purpose-data = Verwendete Daten
purpose-basis = Rechtsgrundlage
purpose-including = einschließlich { $items }
purpose-uses-all = Alle in dieser Datenschutzerklärung beschriebenen personenbezogenen Daten
our-interest = Unser Interesse: { $interest }
special-categories = Besondere Kategorien: { $condition } (Art. 9 Abs. 2 DSGVO)
consent-given-through = Die Einwilligung wird erteilt durch { $ways }
legal-bases-heading = Die Rechtsgrundlagen, auf die wir uns stützen
basis-covers = Gilt für: { $purposes }
automated-yes = Wir treffen automatisierte Entscheidungen über Sie.
automated-no = Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen über Sie.

no-recipients = Wir legen personenbezogene Daten niemandem offen.
recipients-caption = Empfänger personenbezogener Daten
recipient = Empfänger
recipient-role = Rolle
recipient-data = Daten
recipient-why = Zweck
recipient-where = Ort
for-example = zum Beispiel { $examples }
sells-yes = Wir verkaufen personenbezogene Informationen.
sells-no = Wir verkaufen keine personenbezogenen Informationen.
shares-yes = Wir geben personenbezogene Informationen für kontextübergreifende verhaltensbasierte Werbung weiter.
shares-no = Wir geben keine personenbezogenen Informationen für kontextübergreifende verhaltensbasierte Werbung weiter.

transfers-caption = Übermittlungen in andere Länder
transfer = Übermittlung
transfer-destinations = Zielländer
transfer-safeguard = Garantie
transfer-copy = Kopie der Garantie
transfer-data-sent = Übermittelte Daten:
transfer-data-sent-lower = übermittelte Daten:
transfer-instruction = Auf Ihre Veranlassung: { $text }
transfer-instruction-lower = auf Ihre Veranlassung: { $text }

retention-caption = Speicherdauer je Kategorie
retention-kept-for = Speicherdauer
retention-collected-by = Direkt erhoben von { $name }
retention-per-purpose = Wie oben für jeden Zweck angegeben
retention-general = Es gelten die allgemeinen Regeln oben

identity-checked-for-request = Wir prüfen Ihre Identität, bevor wir diesen Antrag bearbeiten.
identity-not-needed-for-request = Für diesen Antrag ist keine Identitätsprüfung erforderlich.
authorities = Behörden
authority = Behörde
authority-for = (zuständig, wenn Sie { $place } wohnen)
authority-example = (als Beispiel genannt)
supervisory-authorities = Aufsichtsbehörden:
request-this-way = Um ein Recht auszuüben, senden Sie uns einen Antrag auf diesem Weg:
request-these-ways = Um ein Recht auszuüben, senden Sie uns einen Antrag auf einem dieser Wege:
answer-within = Unsere Antwortfrist beträgt { $time }
answer-within-in = Wenn Sie { $place } wohnen, beträgt unsere Antwortfrist { $time }
may-take-up-to = Die Frist kann bis zu { $time } betragen: { $when }
may-take-up-to-in = Wenn Sie { $place } wohnen, kann die Frist bis zu { $time } betragen: { $when }
identity-confirm-first = Wir werden Sie zunächst bitten, Ihre Identität zu bestätigen.
identity-no-confirm = Wir bitten Sie nicht, Ihre Identität zu bestätigen.

cookies-caption = Cookies
cookie-column-name = Name
cookie-column-provider = Anbieter
cookie-column-purpose = Zweck
cookie-column-category = Kategorie
cookie-column-lifetime = Speicherdauer
cookie-column-party = Herkunft
cookie-column-domain = Domain
cookie-notice = Mehr über die von uns verwendeten Cookies steht in einem gesonderten Cookie-Hinweis:
cookie-consent = Die Einwilligung in Cookies wird eingeholt durch { $ways }
cookie-consent-in = Wenn Sie { $place } wohnen, wird die Einwilligung in Cookies eingeholt durch { $ways }
opt-out-ways = Möglichkeiten zum Widerspruch:
trackers-heading = Andere Tracking-Technologien
tracker-lifetime = Speicherdauer: { $lifetime }

minimum-age = Das Mindestalter für die Nutzung unserer Dienste beträgt { $ages }
directed-yes = Der Dienst richtet sich an Kinder.
directed-no = Der Dienst richtet sich nicht an Kinder.
parental-consent = Wir holen die Einwilligung eines Elternteils ein.
parental-consent-to-use = Minderjährige dürfen den Dienst nur mit Einwilligung eines Elternteils nutzen.
on-discovery = Wenn wir erfahren, dass wir Daten eines Kindes gespeichert haben, geschieht Folgendes: { $text }
children-contact = Teilen Sie es uns mit: { $contact }

dnt-yes = Wir beachten Do-Not-Track-Signale.
dnt-no = Wir reagieren nicht auf Do-Not-Track-Signale.
gpc-yes = Wir beachten Global-Privacy-Control-Signale.
gpc-no = Wir reagieren nicht auf Global-Privacy-Control-Signale.
tracking-yes = Dritte können Informationen über Ihre Aktivitäten auf verschiedenen Websites erheben.
tracking-no = Dritte erheben über unseren Dienst keine Informationen über Ihre Aktivitäten auf verschiedenen Websites.

security-measures = Zu unseren Maßnahmen gehören { $measures }
security-no-guarantee = Keine Maßnahme ist vollkommen; wir können die Sicherheit Ihrer Daten nicht garantieren.
after-breach = Nach einer Verletzung des Schutzes personenbezogener Daten: { $text }

changes-notify-by = Wir informieren Sie über Änderungen durch { $ways }
changes-acceptance = Wesentliche Änderungen bedürfen Ihrer Zustimmung.
changes-take-effect = Änderungen werden wirksam: { $when }
changes-continued-use = Die Nutzung der Dienste nach einer Änderung gilt als deren Annahme.

## Added with the merge of the region and checker work (issue 22)
undated-note = Diese Datenschutzerklärung trägt kein Datum.
us-state-disclosures = Was wir nach den Datenschutzgesetzen der US-Bundesstaaten offenlegen müssen:
continues-at = Der Rest steht auf einer eigenen Seite:
data-maybe-sensitive = Möglicherweise sensible personenbezogene Informationen (CCPA): { $categories }
data-maybe-sensitive-lower = möglicherweise sensible personenbezogene Informationen (CCPA): { $categories }
may-take-longer = Die Frist kann länger sein: { $when }
may-take-longer-in = Wenn Sie { $place } wohnen, kann die Frist länger sein: { $when }
items-provision = { $items }: { $provision }
date-month = { $month } { $year }
only-if-you-live-in = nur wenn Sie { $place } wohnen
changes-no-acceptance = Änderungen werden ohne Ihre Zustimmung wirksam.

## Notes: a statement in the policy's own words, under its label (note-BLOCK-KEYWORD).
note-rights-fee = Gebühren
note-rights-agent = Anträge, die jemand anderes für Sie stellt
note-rights-refusal = Wann ein Antrag abgelehnt werden kann
note-policy-precedence = Welches Dokument Vorrang hat
note-children-age-check = Wie das Alter geprüft wird
note-children-parental-tools = Werkzeuge für Eltern und Erziehungsberechtigte
note-children-parental-tools-yes = Eltern und Erziehungsberechtigte haben Werkzeuge, mit denen sie sehen oder begrenzen können, was ihr Kind im Dienst tut.
note-children-parental-tools-no = Eltern und Erziehungsberechtigte haben keine Werkzeuge, mit denen sie sehen oder begrenzen können, was ihr Kind im Dienst tut.
note-changes-archive = Frühere Fassungen
note-recipient-bound-by = Wozu der Empfänger verpflichtet ist
note-transfer-protections = Weitere Schutzmaßnahmen
