# Le parole dell'informativa pubblicata, in italiano. Termini giuridici della
# versione italiana del RGPD (regolamento (UE) 2016/679); i nomi delle leggi
# (CCPA, LGPD) restano come la legge li chiama. Vedere docs/i18n.md.

## Lists, places and times

list-and = e
list-or = o
list-alternatives = ; oppure
if-you-live-in-text = Se risiede { $place }: { $text }

# I luoghi come seguono «risiede», con la loro preposizione.
region-eea = nel SEE
region-eu = nell'UE
region-uk = nel Regno Unito
region-switzerland = in Svizzera
region-us = negli Stati Uniti
region-california = in California
region-us-states = in uno Stato degli USA dotato di una legge generale sulla privacy
region-brazil = in Brasile
region-canada = in Canada
region-nevada = in Nevada
region-elsewhere = in un altro luogo
region-coppa = dove si applica la legge in questione
region-any-place = in qualsiasi luogo
region-other-than = altrove, non { $places }

country-us = Stati Uniti
country-gb = Regno Unito
country-uk = Regno Unito
country-ie = Irlanda
country-fr = Francia
country-de = Germania
country-nl = Paesi Bassi
country-es = Spagna
country-it = Italia
country-be = Belgio
country-at = Austria
country-se = Svezia
country-dk = Danimarca
country-fi = Finlandia
country-pl = Polonia
country-pt = Portogallo
country-ch = Svizzera
country-ca = Canada
country-in = India
country-br = Brasile
country-jp = Giappone
country-au = Australia
country-sg = Singapore
country-no = Norvegia
country-lu = Lussemburgo

date-long = { $day ->
    [1] 1º
   *[other] { $day }
} { $month } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

duration-second = { $n ->
    [one] { $n } secondo
   *[other] { $n } secondi
}
duration-minute = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuti
}
duration-hour = { $n ->
    [one] { $n } ora
   *[other] { $n } ore
}
duration-day = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
duration-week = { $n ->
    [one] { $n } settimana
   *[other] { $n } settimane
}
duration-month = { $n ->
    [one] { $n } mese
   *[other] { $n } mesi
}
duration-year = { $n ->
    [one] { $n } anno
   *[other] { $n } anni
}
lifetime-session = fino alla fine della sessione del browser
lifetime-indefinite = senza limiti di tempo
lifetime-after = { $duration } dopo { $event }

# Gli eventi da cui decorre un termine, dopo «dopo».
event-account-closure = la chiusura dell'account
event-invoice = la fatturazione
event-purchase = l'acquisto
event-last-payment = l'ultimo pagamento
event-last-login = l'ultimo accesso
event-last-activity = l'ultima attività
event-contract-end = la cessazione del contratto
event-unsubscribe = la disiscrizione
event-collection = la raccolta

## Headings

topic-introduction = Informazioni su questa informativa
topic-controller = Chi siamo e come contattarci
topic-data = Quali dati raccogliamo e da dove provengono
topic-purposes = Finalità e basi giuridiche del trattamento
topic-purposes-without-bases = Finalità del trattamento
topic-recipients = Destinatari
topic-transfers = Trasferimenti internazionali
topic-retention = Per quanto tempo conserviamo i dati
topic-rights = I suoi diritti e come esercitarli
topic-california = I suoi diritti in California
topic-cookies = Cookie e tecnologie simili
topic-children = Minori
topic-do-not-track = Segnali di privacy e tracciamento tra siti
topic-security = Come proteggiamo i suoi dati
topic-changes = Modifiche a questa informativa
topic-contact = Contatti

## The policy and its parties

jurisdiction-gdpr = il regolamento generale sulla protezione dei dati dell'UE (RGPD)
jurisdiction-uk-gdpr = l'UK GDPR
jurisdiction-ccpa = il California Consumer Privacy Act (CCPA)
jurisdiction-caloppa = il California Online Privacy Protection Act (CalOPPA)
jurisdiction-coppa = il Children's Online Privacy Protection Act (COPPA)
jurisdiction-eprivacy = la direttiva dell'UE relativa alla vita privata e alle comunicazioni elettroniche
jurisdiction-lgpd = la LGPD brasiliana
jurisdiction-us-states = le leggi sulla privacy di Stati degli USA come la Virginia e il Colorado
jurisdiction-fadp = la legge federale svizzera sulla protezione dei dati (LPD)

## Data

source-person = da lei
source-automatic = raccolti automaticamente
source-third-party = terzi
source-third-party-named = terzi: { $providers }
source-derived = ricavati da noi da altri dati

subject-users = persone che utilizzano il servizio
subject-visitors = visitatori
subject-customers = clienti
subject-others = persone che non sono utenti
subject-children = minori
subject-applicants = candidati a un impiego
subject-employees = dipendenti

sensitive-government-id = identificativi ufficiali
sensitive-account-credentials = credenziali di accesso all'account con la relativa password
sensitive-financial-account = numero di conto finanziario o di carta con il relativo codice di accesso
sensitive-precise-geolocation = geolocalizzazione precisa
sensitive-beliefs = origine razziale o etnica, convinzioni religiose o filosofiche o appartenenza sindacale
sensitive-communications-content = contenuto di posta, e-mail e SMS
sensitive-genetic = dati genetici
sensitive-biometric = informazioni biometriche usate per identificare una persona
sensitive-health = informazioni sulla salute
sensitive-sex-life = vita sessuale o orientamento sessuale

ccpa-identifiers = identificativi
ccpa-customer-records = registri dei clienti
ccpa-protected-characteristics = caratteristiche protette
ccpa-commercial = informazioni commerciali
ccpa-biometric = informazioni biometriche
ccpa-internet-activity = attività su internet o in rete
ccpa-geolocation = dati di geolocalizzazione
ccpa-sensory = informazioni audio, elettroniche o visive
ccpa-professional = informazioni professionali o lavorative
ccpa-education = informazioni sull'istruzione
ccpa-inferences = deduzioni
ccpa-sensitive-personal-information = informazioni personali sensibili

provision-statutory = obbligatorio per legge
provision-contractual = necessario per il contratto
provision-optional = facoltativo
provision-not-provided = non pertinente: non è lei a fornirli

retention-in = { $lifetime } se risiede { $place }

## Purposes and legal bases

ground-consent = Consenso (art. 6, par. 1, lett. a), RGPD)
ground-contract = Esecuzione di un contratto (art. 6, par. 1, lett. b), RGPD)
ground-legal-obligation = Obbligo legale (art. 6, par. 1, lett. c), RGPD)
ground-vital-interests = Interessi vitali (art. 6, par. 1, lett. d), RGPD)
ground-public-task = Compito di interesse pubblico (art. 6, par. 1, lett. e), RGPD)
ground-legitimate-interests = Legittimo interesse (art. 6, par. 1, lett. f), RGPD)
ground-lgpd-public-policy = Attuazione di politiche pubbliche (LGPD art. 7, III)
ground-lgpd-research = Studi da parte di un organismo di ricerca (LGPD art. 7, IV)
ground-lgpd-exercise-of-rights = Esercizio di diritti in procedimenti giudiziari, amministrativi o arbitrali (LGPD art. 7, VI)
ground-lgpd-health-protection = Tutela della salute (LGPD art. 7, VIII)
ground-lgpd-credit-protection = Tutela del credito (LGPD art. 7, X)
ground-quoted = «{ $words }»

data-used-for = Dati usati per la finalità «{ $purpose }»
every-purpose = tutte le finalità di questa informativa

consent-checkbox = una casella che lei spunta
consent-opt-in = un'adesione separata (opt-in)
consent-pre-ticked = una casella già spuntata
consent-continued-use = il proseguimento dell'uso del sito
consent-banner = un banner dei cookie in cui accetta o rifiuta
consent-browser-settings = le impostazioni dei cookie del suo browser
consent-device-settings = un'autorizzazione concessa nelle impostazioni del suo dispositivo

only-on-the-basis-of = { $data }: solo con la base giuridica { $basis }

## Recipients

role-processor = responsabile del trattamento, che agisce per nostro conto
role-controller = titolare del trattamento autonomo
role-joint-controller = contitolare del trattamento
role-authority = autorità pubblica
role-affiliate = società del nostro gruppo
role-acquirer = parte di una fusione o acquisizione
role-agent = una persona che agisce per lei

sale-note-yes = Comunicare loro dati costituisce una vendita di informazioni personali.
sale-note-no = Comunicare loro dati non costituisce una vendita di informazioni personali.
sharing-note-yes = Comunicare loro dati costituisce una condivisione per pubblicità comportamentale tra contesti diversi.
sharing-note-no = Comunicare loro dati non costituisce una condivisione per pubblicità comportamentale tra contesti diversi.

## Transfers

safeguard-consent-through = deroga: il suo consenso, ottenuto tramite { $ways } (art. 49, par. 1, lett. a), RGPD)
safeguard-not-stated = non indicata
safeguard-none = nessuna
safeguard-adequacy = decisione di adeguatezza (art. 45 RGPD)
safeguard-sccs = clausole tipo di protezione dei dati (art. 46, par. 2, lett. c), RGPD)
safeguard-bcrs = norme vincolanti d'impresa (art. 47 RGPD)
safeguard-certification = codice di condotta o meccanismo di certificazione approvato (art. 46, par. 2, lett. e) ed f), RGPD)
safeguard-derogation-unnamed = una deroga dell'art. 49 RGPD (non indicata)
safeguard-derogation = deroga: { $derogation } (art. 49, par. 1, RGPD)
derogation-consent = il suo consenso esplicito
derogation-contract = necessaria per un contratto con lei
derogation-legal-claims = diritti in sede giudiziaria
derogation-public-interest = interesse pubblico
derogation-vital-interests = interessi vitali

## Retention

retention-session = Li conserviamo fino alla fine della sua sessione di navigazione
retention-indefinite = Conserviamo i dati personali senza limiti di tempo
retention-period = Periodo di conservazione dei dati personali: { $lifetime }

## Rights

right-access = Accesso
right-rectification = Rettifica
right-erasure = Cancellazione
right-restriction = Limitazione del trattamento
right-objection = Opposizione
right-portability = Portabilità dei dati
right-withdraw-consent = Revoca del consenso
right-complain = Reclamo a un'autorità di controllo
right-no-automated-decisions = Non essere sottoposto a decisioni automatizzate
right-know = Diritto di sapere
right-delete = Diritto alla cancellazione
right-correct = Diritto di rettifica
right-opt-out = Diritto di opporsi alla vendita e alla condivisione
right-limit = Diritto di limitare l'uso delle informazioni personali sensibili
right-non-discrimination = Diritto alla non discriminazione
right-shine-the-light = Comunicazioni a fini di marketing diretto (Cal. Civ. Code 1798.83)
right-marketing-opt-out = Rinuncia ai messaggi promozionali
right-confirm = Conferma che trattiamo i suoi dati
right-anonymisation = Anonimizzazione, blocco o cancellazione dei dati non necessari
right-know-recipients = Sapere con chi condividiamo i suoi dati
right-opt-out-targeted-ads = Opposizione alla pubblicità mirata
right-opt-out-profiling = Opposizione alla profilazione
right-appeal = Ricorso contro la nostra decisione sulla sua richiesta
right-post-mortem-directives = Disposizioni sui suoi dati dopo la sua morte

## Children

age-years = { $n ->
    [one] { $n } anno
   *[other] { $n } anni
}
age-in = { $age } se risiede { $place }

## Cookies and trackers

party-first = prima parte
party-third = terza parte
cookie-category-necessary = necessario
cookie-category-functional = funzionale
cookie-category-analytics = statistico
cookie-category-marketing = marketing
tracker-web-beacon = un web beacon
tracker-pixel = un pixel di tracciamento
tracker-sdk = un kit di sviluppo software nell'app
tracker-local-storage = la memoria locale del browser
tracker-fingerprinting = l'impronta digitale del dispositivo

## Changes

notice-email = un'e-mail a lei indirizzata
notice-posting = la pubblicazione della nuova informativa sul sito
notice-in-service = un avviso nel servizio
notice-banner = un banner sul sito

## The page (templates/policy.html, templates/policy.md)

label-colon = { $label }:
not-stated = Non indicato
not-named = Senza nome
yes = Sì
no = No
skip-to-policy = Vai all'informativa
contents = Indice
last-updated = Ultimo aggiornamento:
in-effect-from = In vigore dal { $date }
version = Versione { $version }
published-at = Pubblicata all'indirizzo
notice-at-collection = La nostra informativa al momento della raccolta:
compiled-by = Compilata con { $generator }

contact-name = Nome
contact-address = Indirizzo
contact-email = E-mail
contact-email-in = E-mail se risiede { $place }
contact-phone = Telefono
contact-website = Sito web
contact-contact-form = Modulo di contatto
contact-registration = Iscrizione al registro
contact-country = Paese
contact-eu-establishment = Stabilimento nel SEE
contact-dpo-required = Designazione obbligatoria di un responsabile della protezione dei dati (art. 37 RGPD)
contact-identity-checked = L'identità viene verificata quando ci contatta tramite questo canale.
contact-identity-not-checked = L'identità non viene verificata quando ci contatta tramite questo canale.

if-you-live-in = Se risiede { $place }:
applies-if-you-live-in = Questo vale se risiede { $place }

intro-default = Questa informativa spiega quali dati personali vengono raccolti, perché, chi li riceve, per quanto tempo vengono conservati e quali diritti lei ha.
controller-is = Il titolare del trattamento dei suoi dati personali è:
controller-instead = Se risiede { $place }, il titolare del trattamento è invece:
controller-regional = Se risiede { $place }, il titolare del trattamento dei suoi dati personali è:
dpo = Responsabile della protezione dei dati
dpo-for = Responsabile della protezione dei dati per chi risiede { $place }
representative-for = Rappresentante per chi risiede { $place }
representative-eu = Rappresentante nell'Unione europea

data-caption = Categorie di dati personali
data-category = Categoria
data-includes = Che cosa comprende
data-source = Provenienza
data-providing = Il loro conferimento è
data-special = categoria particolare: { $condition }
data-about = relativi a { $subjects }
data-ccpa-categories = Categorie CCPA: { $categories }
data-sensitive = Informazioni personali sensibili (CCPA): { $categories }
data-sensitive-lower = informazioni personali sensibili (CCPA): { $categories }
data-collected-by = raccolti direttamente da { $name }
collects-sensitive-yes = Raccogliamo dati personali sensibili.
collects-sensitive-no = Non raccogliamo dati personali sensibili.
limits-sensitive-yes = Usiamo e comunichiamo informazioni personali sensibili solo per le finalità che la normativa californiana consente senza diritto di limitazione (11 CCR §7027(m)).
limits-sensitive-no = Usiamo o comunichiamo informazioni personali sensibili per finalità ulteriori rispetto a quelle che la normativa californiana consente senza diritto di limitazione (11 CCR §7027(m)); lei può limitarne l'uso.

purposes-caption-bases = Finalità, dati utilizzati e base giuridica
purposes-caption = Finalità e dati utilizzati
purpose = Finalità
purpose-data = Dati utilizzati
purpose-basis = Base giuridica
purpose-including = compresi { $items }
purpose-uses-all = Tutti i dati personali descritti in questa informativa
our-interest = Il nostro interesse: { $interest }
special-categories = Categorie particolari: { $condition } (art. 9, par. 2, RGPD)
consent-given-through = Il consenso è prestato tramite { $ways }
legal-bases-heading = Le basi giuridiche su cui ci fondiamo
basis-covers = Si applica a: { $purposes }
automated-yes = Prendiamo decisioni che la riguardano con mezzi automatizzati.
automated-no = Non prendiamo decisioni che la riguardano basate unicamente su mezzi automatizzati.

no-recipients = Non comunichiamo dati personali a nessuno.
recipients-caption = Destinatari dei dati personali
recipient = Destinatario
recipient-role = Ruolo
recipient-data = Dati
recipient-why = Finalità
recipient-where = Luogo
for-example = ad esempio { $examples }
sells-yes = Vendiamo informazioni personali.
sells-no = Non vendiamo informazioni personali.
shares-yes = Condividiamo informazioni personali per pubblicità comportamentale tra contesti diversi.
shares-no = Non condividiamo informazioni personali per pubblicità comportamentale tra contesti diversi.

transfers-caption = Trasferimenti fuori dal suo paese
transfer = Trasferimento
transfer-destinations = Destinazioni
transfer-safeguard = Garanzia
transfer-copy = Copia della garanzia
transfer-data-sent = Dati trasferiti:
transfer-data-sent-lower = dati trasferiti:
transfer-instruction = Effettuato su sua richiesta: { $text }
transfer-instruction-lower = effettuato su sua richiesta: { $text }

retention-caption = Per quanto tempo è conservata ogni categoria
retention-kept-for = Conservazione
retention-collected-by = Raccolti direttamente da { $name }
retention-per-purpose = Come indicato sopra per ciascuna finalità
retention-general = Si applicano le regole generali indicate sopra

identity-checked-for-request = Verifichiamo la sua identità prima di dare seguito a questa richiesta.
identity-not-needed-for-request = Per questa richiesta non è necessaria alcuna verifica dell'identità.
authorities = Autorità
authority = Autorità
authority-for = (competente se risiede { $place })
authority-example = (indicata a titolo di esempio)
supervisory-authorities = Autorità di controllo:
request-this-way = Per esercitare un diritto, ci invii una richiesta tramite questo canale:
request-these-ways = Per esercitare un diritto, ci invii una richiesta tramite uno di questi canali:
answer-within = Il nostro termine di risposta è di { $time }
answer-within-in = Se risiede { $place }, il nostro termine di risposta è di { $time }
may-take-up-to = Questo termine può arrivare a { $time }: { $when }
may-take-up-to-in = Se risiede { $place }, questo termine può arrivare a { $time }: { $when }
identity-confirm-first = Le chiederemo prima di confermare la sua identità.
identity-no-confirm = Non le chiediamo di confermare la sua identità.

cookies-caption = Cookie
cookie-column-name = Nome
cookie-column-provider = Fornitore
cookie-column-purpose = Finalità
cookie-column-category = Categoria
cookie-column-lifetime = Durata
cookie-column-party = Parte
cookie-column-domain = Dominio
cookie-notice = Ulteriori informazioni sui cookie che utilizziamo si trovano in un'informativa sui cookie separata:
cookie-consent = Il consenso ai cookie è raccolto tramite { $ways }
cookie-consent-in = Se risiede { $place }, il consenso ai cookie è raccolto tramite { $ways }
opt-out-ways = Modi per opporsi:
trackers-heading = Altre tecnologie di tracciamento
tracker-lifetime = Durata: { $lifetime }

minimum-age = L'età minima per utilizzare i nostri servizi è di { $ages }
directed-yes = Il servizio è rivolto ai minori.
directed-no = Il servizio non è rivolto ai minori.
parental-consent = Chiediamo il consenso di un genitore.
parental-consent-to-use = I minori possono utilizzare il servizio solo con il consenso di un genitore.
on-discovery = Se veniamo a sapere di detenere dati di un minore, ecco che cosa accade: { $text }
children-contact = Ce lo comunichi: { $contact }

dnt-yes = Rispettiamo i segnali Do Not Track.
dnt-no = Non diamo seguito ai segnali Do Not Track.
gpc-yes = Rispettiamo i segnali Global Privacy Control.
gpc-no = Non diamo seguito ai segnali Global Privacy Control.
tracking-yes = Terzi possono raccogliere informazioni sulla sua attività su siti diversi.
tracking-no = Terzi non raccolgono, tramite il nostro servizio, informazioni sulla sua attività su siti diversi.

security-measures = Tra le nostre misure figurano { $measures }
security-no-guarantee = Nessuna misura è perfetta; non possiamo garantire la sicurezza dei suoi dati.
after-breach = In caso di violazione dei dati personali: { $text }

changes-notify-by = La informiamo delle modifiche tramite { $ways }
changes-acceptance = Le modifiche rilevanti richiedono la sua accettazione.
changes-take-effect = Le modifiche hanno effetto: { $when }
changes-continued-use = L'uso dei servizi dopo una modifica equivale ad accettarla.

## Added with the merge of the region and checker work (issue 22)
undated-note = Questa informativa non reca alcuna data.
us-state-disclosures = Ciò che le leggi sulla privacy degli Stati USA ci chiedono di rendere noto:
continues-at = Il resto si trova in una pagina a parte:
data-maybe-sensitive = Informazioni personali che possono essere sensibili (CCPA): { $categories }
data-maybe-sensitive-lower = informazioni personali che possono essere sensibili (CCPA): { $categories }
may-take-longer = Questo termine può essere più lungo: { $when }
may-take-longer-in = Se risiede { $place }, questo termine può essere più lungo: { $when }
items-provision = { $items }: { $provision }
date-month = { $month } { $year }
only-if-you-live-in = solo se risiede { $place }
changes-no-acceptance = Le modifiche hanno effetto senza la sua accettazione.

## Notes: a statement in the policy's own words, under its label (note-BLOCK-KEYWORD).
note-rights-fee = Costi
note-rights-agent = Richieste presentate per suo conto da altri
note-rights-refusal = Quando una richiesta può essere rifiutata
note-policy-precedence = Documento che prevale
note-children-age-check = Come viene verificata l'età
note-children-parental-tools = Strumenti per genitori e tutori
note-children-parental-tools-yes = I genitori e i tutori dispongono di strumenti per vedere o limitare ciò che il figlio fa sul servizio.
note-children-parental-tools-no = I genitori e i tutori non dispongono di strumenti per vedere o limitare ciò che il figlio fa sul servizio.
note-changes-archive = Versioni precedenti
note-recipient-bound-by = A cosa è vincolato il destinatario
note-transfer-protections = Altre tutele
