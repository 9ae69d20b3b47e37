# Les mots de la politique publiée, en français. Termes juridiques de la
# version française du RGPD (règlement (UE) 2016/679) ; les noms des lois
# (CCPA, LGPD) restent tels que la loi les nomme. Voir docs/i18n.md.

## Lists, places and times

list-and = et
list-or = ou
list-alternatives = ; ou
if-you-live-in-text = Si vous résidez { $place } : { $text }

# Les lieux tels qu'ils suivent « vous résidez », avec leur préposition.
region-eea = dans l'EEE
region-eu = dans l'UE
region-uk = au Royaume-Uni
region-switzerland = en Suisse
region-us = aux États-Unis
region-california = en Californie
region-us-states = dans un État américain doté d'une loi générale sur la protection des données
region-brazil = au Brésil
region-canada = au Canada
region-nevada = au Nevada
region-elsewhere = dans un autre lieu
region-coppa = là où la loi concernée s'applique
region-any-place = en tout lieu
region-other-than = ailleurs (sauf { $places })

country-us = États-Unis
country-gb = Royaume-Uni
country-uk = Royaume-Uni
country-ie = Irlande
country-fr = France
country-de = Allemagne
country-nl = Pays-Bas
country-es = Espagne
country-it = Italie
country-be = Belgique
country-at = Autriche
country-se = Suède
country-dk = Danemark
country-fi = Finlande
country-pl = Pologne
country-pt = Portugal
country-ch = Suisse
country-ca = Canada
country-in = Inde
country-br = Brésil
country-jp = Japon
country-au = Australie
country-sg = Singapour
country-no = Norvège
country-lu = Luxembourg

date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

duration-second = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}
duration-minute = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-hour = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
duration-day = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
duration-week = { $n ->
    [one] { $n } semaine
   *[other] { $n } semaines
}
duration-month = { $n ->
    [one] { $n } mois
   *[other] { $n } mois
}
duration-year = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}
lifetime-session = jusqu'à la fin de la session du navigateur
lifetime-indefinite = sans limitation de durée
lifetime-after = { $duration } après { $event }

# Les événements à partir desquels court un délai, après « après ».
event-account-closure = la fermeture du compte
event-invoice = la facturation
event-purchase = l'achat
event-last-payment = le dernier paiement
event-last-login = la dernière connexion
event-last-activity = la dernière activité
event-contract-end = la fin du contrat
event-unsubscribe = la désinscription
event-collection = la collecte

## Headings

topic-introduction = À propos de cette politique
topic-controller = Qui nous sommes et comment nous joindre
topic-data = Les données que nous collectons et leur origine
topic-purposes = Finalités et bases juridiques du traitement
topic-purposes-without-bases = Finalités du traitement
topic-recipients = Destinataires
topic-transfers = Transferts internationaux
topic-retention = Durée de conservation
topic-rights = Vos droits et comment les exercer
topic-california = Vos droits en Californie
topic-cookies = Cookies et technologies similaires
topic-children = Enfants
topic-do-not-track = Signaux de confidentialité et suivi entre sites
topic-security = Comment nous protégeons vos données
topic-changes = Modifications de cette politique
topic-contact = Nous contacter

## The policy and its parties

jurisdiction-gdpr = le règlement général sur la protection des données de l'UE (RGPD)
jurisdiction-uk-gdpr = l'UK GDPR
jurisdiction-ccpa = le California Consumer Privacy Act (CCPA)
jurisdiction-caloppa = le California Online Privacy Protection Act (CalOPPA)
jurisdiction-coppa = le Children's Online Privacy Protection Act (COPPA)
jurisdiction-eprivacy = la directive « vie privée et communications électroniques » de l'UE
jurisdiction-lgpd = la LGPD brésilienne
jurisdiction-us-states = les lois sur la protection des données d'États américains tels que la Virginie et le Colorado
jurisdiction-fadp = la loi fédérale suisse sur la protection des données (LPD)

## Data

source-person = vous
source-automatic = collectées automatiquement
source-third-party = des tiers
source-third-party-named = des tiers : { $providers }
source-derived = déduites par nous d'autres données

subject-users = les personnes qui utilisent le service
subject-visitors = les visiteurs
subject-customers = les clients
subject-others = les personnes qui ne sont pas utilisatrices
subject-children = les enfants
subject-applicants = les candidats à un emploi
subject-employees = les salariés

sensitive-government-id = identifiants officiels
sensitive-account-credentials = identifiant de compte avec son mot de passe ou ses informations d'accès
sensitive-financial-account = numéro de compte financier ou de carte avec son code d'accès
sensitive-precise-geolocation = géolocalisation précise
sensitive-beliefs = origine raciale ou ethnique, convictions religieuses ou philosophiques ou appartenance syndicale
sensitive-communications-content = contenu du courrier, des courriels et des SMS
sensitive-genetic = données génétiques
sensitive-biometric = informations biométriques servant à identifier une personne
sensitive-health = informations sur la santé
sensitive-sex-life = vie sexuelle ou orientation sexuelle

ccpa-identifiers = identifiants
ccpa-customer-records = dossiers clients
ccpa-protected-characteristics = caractéristiques protégées
ccpa-commercial = informations commerciales
ccpa-biometric = informations biométriques
ccpa-internet-activity = activité sur internet ou sur le réseau
ccpa-geolocation = données de géolocalisation
ccpa-sensory = informations sonores, électroniques ou visuelles
ccpa-professional = informations professionnelles ou relatives à l'emploi
ccpa-education = informations sur l'éducation
ccpa-inferences = déductions
ccpa-sensitive-personal-information = informations personnelles sensibles

provision-statutory = exigée par la loi
provision-contractual = nécessaire au contrat
provision-optional = facultative
provision-not-provided = sans objet : vous ne les fournissez pas

retention-in = { $lifetime } si vous résidez { $place }

## Purposes and legal bases

ground-consent = Consentement (art. 6, paragraphe 1, point a), du RGPD)
ground-contract = Exécution d'un contrat (art. 6, paragraphe 1, point b), du RGPD)
ground-legal-obligation = Obligation légale (art. 6, paragraphe 1, point c), du RGPD)
ground-vital-interests = Intérêts vitaux (art. 6, paragraphe 1, point d), du RGPD)
ground-public-task = Mission d'intérêt public (art. 6, paragraphe 1, point e), du RGPD)
ground-legitimate-interests = Intérêts légitimes (art. 6, paragraphe 1, point f), du RGPD)
ground-lgpd-public-policy = Mise en œuvre de politiques publiques (LGPD art. 7, III)
ground-lgpd-research = Études par un organisme de recherche (LGPD art. 7, IV)
ground-lgpd-exercise-of-rights = Exercice de droits dans une procédure judiciaire, administrative ou arbitrale (LGPD art. 7, VI)
ground-lgpd-health-protection = Protection de la santé (LGPD art. 7, VIII)
ground-lgpd-credit-protection = Protection du crédit (LGPD art. 7, X)
ground-quoted = « { $words } »

data-used-for = Données utilisées pour la finalité « { $purpose } »
every-purpose = toutes les finalités de cette politique

consent-checkbox = une case que vous cochez
consent-opt-in = une acceptation distincte (opt-in)
consent-pre-ticked = une case cochée par avance
consent-continued-use = la poursuite de votre utilisation du site
consent-banner = un bandeau cookies où vous acceptez ou refusez
consent-browser-settings = les paramètres de cookies de votre navigateur
consent-device-settings = une autorisation que vous accordez dans les paramètres de votre appareil

only-on-the-basis-of = { $data } : uniquement sur la base juridique { $basis }

## Recipients

role-processor = sous-traitant, agissant pour notre compte
role-controller = responsable du traitement indépendant
role-joint-controller = responsable conjoint du traitement
role-authority = autorité publique
role-affiliate = société de notre groupe
role-acquirer = partie à une fusion ou à une acquisition
role-agent = une personne agissant pour vous

sale-note-yes = La communication de données à ces destinataires constitue une vente d'informations personnelles.
sale-note-no = La communication de données à ces destinataires ne constitue pas une vente d'informations personnelles.
sharing-note-yes = La communication de données à ces destinataires constitue un partage à des fins de publicité comportementale contextuelle croisée.
sharing-note-no = La communication de données à ces destinataires ne constitue pas un partage à des fins de publicité comportementale contextuelle croisée.

## Transfers

safeguard-consent-through = dérogation : votre consentement, obtenu par { $ways } (art. 49, paragraphe 1, point a), du RGPD)
safeguard-not-stated = non précisée
safeguard-none = aucune
safeguard-adequacy = décision d'adéquation (art. 45 du RGPD)
safeguard-sccs = clauses types de protection des données (art. 46, paragraphe 2, point c), du RGPD)
safeguard-bcrs = règles d'entreprise contraignantes (art. 47 du RGPD)
safeguard-certification = code de conduite ou mécanisme de certification approuvé (art. 46, paragraphe 2, points e) et f), du RGPD)
safeguard-derogation-unnamed = une dérogation de l'art. 49 du RGPD (non précisée)
safeguard-derogation = dérogation : { $derogation } (art. 49, paragraphe 1, du RGPD)
derogation-consent = votre consentement explicite
derogation-contract = nécessaire à un contrat conclu avec vous
derogation-legal-claims = droits en justice
derogation-public-interest = intérêt public
derogation-vital-interests = intérêts vitaux

## Retention

retention-session = Nous les conservons jusqu'à la fin de votre session de navigation
retention-indefinite = Nous conservons les données à caractère personnel sans limitation de durée
retention-period = Durée de conservation des données à caractère personnel : { $lifetime }

## Rights

right-access = Accès
right-rectification = Rectification
right-erasure = Effacement
right-restriction = Limitation du traitement
right-objection = Opposition
right-portability = Portabilité des données
right-withdraw-consent = Retrait du consentement
right-complain = Réclamation auprès d'une autorité de contrôle
right-no-automated-decisions = Ne pas faire l'objet d'une décision automatisée
right-know = Droit de savoir
right-delete = Droit de suppression
right-correct = Droit de rectification
right-opt-out = Droit de s'opposer à la vente et au partage
right-limit = Droit de limiter l'utilisation des informations personnelles sensibles
right-non-discrimination = Droit à la non-discrimination
right-shine-the-light = Communications à des fins de prospection directe (Cal. Civ. Code 1798.83)
right-marketing-opt-out = Refus des messages de prospection
right-confirm = Confirmation que nous traitons vos données
right-anonymisation = Anonymisation, blocage ou suppression des données inutiles
right-know-recipients = Savoir avec qui nous partageons vos données
right-opt-out-targeted-ads = Refus de la publicité ciblée
right-opt-out-profiling = Refus du profilage
right-appeal = Recours contre notre décision sur votre demande
right-post-mortem-directives = Directives relatives à vos données après votre décès

## Children

age-years = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}
age-in = { $age } si vous résidez { $place }

## Cookies and trackers

party-first = propriétaire
party-third = tiers
cookie-category-necessary = nécessaire
cookie-category-functional = fonctionnel
cookie-category-analytics = mesure d'audience
cookie-category-marketing = marketing
tracker-web-beacon = une balise web
tracker-pixel = un pixel de suivi
tracker-sdk = un kit de développement logiciel intégré à l'application
tracker-local-storage = le stockage local du navigateur
tracker-fingerprinting = l'empreinte de l'appareil

## Changes

notice-email = un courriel qui vous est adressé
notice-posting = la publication de la nouvelle politique sur le site
notice-in-service = un avis dans le service
notice-banner = un bandeau sur le site

## The page (templates/policy.html, templates/policy.md)

label-colon = { $label } :
not-stated = Non précisé
not-named = Sans nom
yes = Oui
no = Non
skip-to-policy = Aller à la politique
contents = Sommaire
last-updated = Dernière mise à jour :
in-effect-from = En vigueur à compter du { $date }
version = Version { $version }
published-at = Publiée à l'adresse
notice-at-collection = Notre avis lors de la collecte :
compiled-by = Compilée par { $generator }

contact-name = Nom
contact-address = Adresse
contact-email = Courriel
contact-email-in = Courriel si vous résidez { $place }
contact-phone = Téléphone
contact-website = Site web
contact-contact-form = Formulaire de contact
contact-registration = Immatriculation
contact-country = Pays
contact-eu-establishment = Établissement dans l'EEE
contact-dpo-required = Désignation d'un délégué à la protection des données obligatoire (art. 37 du RGPD)
contact-identity-checked = L'identité est vérifiée lorsque vous prenez contact par ce moyen.
contact-identity-not-checked = L'identité n'est pas vérifiée lorsque vous prenez contact par ce moyen.

if-you-live-in = Si vous résidez { $place } :
applies-if-you-live-in = Ceci s'applique si vous résidez { $place }

intro-default = Cette politique explique quelles données à caractère personnel sont collectées, pourquoi, qui les reçoit, combien de temps elles sont conservées et quels sont vos droits.
controller-is = Le responsable du traitement de vos données à caractère personnel est :
controller-instead = Si vous résidez { $place }, le responsable du traitement est à la place :
controller-regional = Si vous résidez { $place }, le responsable du traitement de vos données à caractère personnel est :
dpo = Délégué à la protection des données
dpo-for = Délégué à la protection des données pour les personnes qui résident { $place }
representative-for = Représentant pour les personnes qui résident { $place }
representative-eu = Représentant dans l'Union européenne

data-caption = Catégories de données à caractère personnel
data-category = Catégorie
data-includes = Ce qu'elle comprend
data-source = Origine
data-providing = Leur fourniture est
data-special = catégorie particulière : { $condition }
data-about = concernant { $subjects }
data-ccpa-categories = Catégories CCPA : { $categories }
data-sensitive = Informations personnelles sensibles (CCPA) : { $categories }
data-sensitive-lower = informations personnelles sensibles (CCPA) : { $categories }
data-collected-by = collectées directement par { $name }
collects-sensitive-yes = Nous collectons des données personnelles sensibles.
collects-sensitive-no = Nous ne collectons pas de données personnelles sensibles.
limits-sensitive-yes = Nous n'utilisons et ne communiquons des informations personnelles sensibles qu'aux fins que la réglementation californienne autorise sans droit de limitation (11 CCR §7027(m)).
limits-sensitive-no = Nous utilisons ou communiquons des informations personnelles sensibles à des fins allant au-delà de celles que la réglementation californienne autorise sans droit de limitation (11 CCR §7027(m)) ; vous pouvez en limiter l'utilisation.

purposes-caption-bases = Finalités, données utilisées et base juridique
purposes-caption = Finalités et données utilisées
purpose = Finalité
purpose-data = Données utilisées
purpose-basis = Base juridique
purpose-including = notamment { $items }
purpose-uses-all = Toutes les données à caractère personnel décrites dans cette politique
our-interest = Notre intérêt : { $interest }
special-categories = Catégories particulières : { $condition } (art. 9, paragraphe 2, du RGPD)
consent-given-through = Le consentement est donné par { $ways }
legal-bases-heading = Les bases juridiques sur lesquelles nous nous fondons
basis-covers = S'applique à : { $purposes }
automated-yes = Nous prenons des décisions vous concernant par des moyens automatisés.
automated-no = Nous ne prenons aucune décision vous concernant fondée exclusivement sur un traitement automatisé.

no-recipients = Nous ne communiquons de données à caractère personnel à personne.
recipients-caption = Destinataires des données à caractère personnel
recipient = Destinataire
recipient-role = Rôle
recipient-data = Données
recipient-why = Finalité
recipient-where = Lieu
for-example = par exemple { $examples }
sells-yes = Nous vendons des informations personnelles.
sells-no = Nous ne vendons pas d'informations personnelles.
shares-yes = Nous partageons des informations personnelles à des fins de publicité comportementale contextuelle croisée.
shares-no = Nous ne partageons pas d'informations personnelles à des fins de publicité comportementale contextuelle croisée.

transfers-caption = Transferts hors de votre pays
transfer = Transfert
transfer-destinations = Destinations
transfer-safeguard = Garantie
transfer-copy = Copie de la garantie
transfer-data-sent = Données transférées :
transfer-data-sent-lower = données transférées :
transfer-instruction = Effectué à votre demande : { $text }
transfer-instruction-lower = effectué à votre demande : { $text }

retention-caption = Durée de conservation de chaque catégorie
retention-kept-for = Conservées pendant
retention-collected-by = Collectées directement par { $name }
retention-per-purpose = Comme indiqué ci-dessus pour chaque finalité
retention-general = Les règles générales ci-dessus s'appliquent

identity-checked-for-request = Nous vérifions votre identité avant de donner suite à cette demande.
identity-not-needed-for-request = Aucune vérification d'identité n'est nécessaire pour cette demande.
authorities = Autorités
authority = Autorité
authority-for = (compétente si vous résidez { $place })
authority-example = (citée à titre d'exemple)
supervisory-authorities = Autorités de contrôle :
request-this-way = Pour exercer un droit, adressez-nous une demande par ce moyen :
request-these-ways = Pour exercer un droit, adressez-nous une demande par l'un de ces moyens :
answer-within = Notre délai de réponse est de { $time }
answer-within-in = Si vous résidez { $place }, notre délai de réponse est de { $time }
may-take-up-to = Ce délai peut atteindre { $time } : { $when }
may-take-up-to-in = Si vous résidez { $place }, ce délai peut atteindre { $time } : { $when }
identity-confirm-first = Nous vous demanderons d'abord de confirmer votre identité.
identity-no-confirm = Nous ne vous demandons pas de confirmer votre identité.

cookies-caption = Cookies
cookie-column-name = Nom
cookie-column-provider = Fournisseur
cookie-column-purpose = Finalité
cookie-column-category = Catégorie
cookie-column-lifetime = Durée de vie
cookie-column-party = Origine
cookie-column-domain = Domaine
cookie-notice = Vous trouverez plus d'informations sur les cookies que nous utilisons dans une notice distincte :
cookie-consent = Le consentement aux cookies est recueilli par { $ways }
cookie-consent-in = Si vous résidez { $place }, le consentement aux cookies est recueilli par { $ways }
opt-out-ways = Moyens de vous y opposer :
trackers-heading = Autres technologies de suivi
tracker-lifetime = Durée de vie : { $lifetime }

minimum-age = L'âge minimum pour utiliser nos services est de { $ages }
directed-yes = Le service s'adresse aux enfants.
directed-no = Le service ne s'adresse pas aux enfants.
parental-consent = Nous demandons le consentement d'un parent.
parental-consent-to-use = Les mineurs ne peuvent utiliser le service qu'avec le consentement d'un parent.
on-discovery = Si nous apprenons que nous détenons des données d'un enfant, voici ce qui se passe : { $text }
children-contact = Signalez-le-nous : { $contact }

dnt-yes = Nous respectons les signaux Do Not Track.
dnt-no = Nous ne donnons pas suite aux signaux Do Not Track.
gpc-yes = Nous respectons les signaux Global Privacy Control.
gpc-no = Nous ne donnons pas suite aux signaux Global Privacy Control.
tracking-yes = Des tiers peuvent collecter des informations sur votre activité sur différents sites.
tracking-no = Des tiers ne collectent pas, par l'intermédiaire de notre service, d'informations sur votre activité sur différents sites.

security-measures = Nos mesures comprennent { $measures }
security-no-guarantee = Aucune mesure n'est parfaite ; nous ne pouvons pas garantir la sécurité de vos données.
after-breach = En cas de violation de données à caractère personnel : { $text }

changes-notify-by = Nous vous informons des modifications par { $ways }
changes-acceptance = Les modifications importantes nécessitent votre acceptation.
changes-take-effect = Les modifications prennent effet : { $when }
changes-continued-use = L'utilisation des services après une modification vaut acceptation de celle-ci.

## Added with the merge of the region and checker work (issue 22)
undated-note = Cette politique ne porte pas de date.
us-state-disclosures = Ce que les lois des États américains sur la vie privée nous demandent de publier :
continues-at = La suite figure sur une page distincte :
data-maybe-sensitive = Informations personnelles pouvant être sensibles (CCPA) : { $categories }
data-maybe-sensitive-lower = informations personnelles pouvant être sensibles (CCPA) : { $categories }
may-take-longer = Ce délai peut être plus long : { $when }
may-take-longer-in = Si vous résidez { $place }, ce délai peut être plus long : { $when }
items-provision = { $items } : { $provision }
date-month = { $month } { $year }
only-if-you-live-in = uniquement si vous résidez { $place }
changes-no-acceptance = Les modifications prennent effet sans votre acceptation.

## Notes: a statement in the policy's own words, under its label (note-BLOCK-KEYWORD).
note-rights-fee = Frais
note-rights-agent = Demandes faites en votre nom par un tiers
note-rights-refusal = Quand une demande peut être refusée
note-policy-precedence = Document qui prévaut
note-children-age-check = Comment l'âge est vérifié
note-children-parental-tools = Outils pour les parents et tuteurs
note-children-parental-tools-yes = Les parents et tuteurs disposent d'outils pour voir ou limiter ce que leur enfant fait sur le service.
note-children-parental-tools-no = Les parents et tuteurs ne disposent d'aucun outil pour voir ou limiter ce que leur enfant fait sur le service.
note-changes-archive = Versions antérieures
note-recipient-bound-by = Ce à quoi le destinataire est tenu
note-transfer-protections = Autres protections
