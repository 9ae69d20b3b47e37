# Las palabras de la política publicada, en español. Términos jurídicos de la
# versión española del RGPD (Reglamento (UE) 2016/679); los nombres de las
# leyes (CCPA, LGPD) se mantienen como la ley los denomina. Véase docs/i18n.md.

## Lists, places and times

list-and = y
list-or = o
list-alternatives = ; o
if-you-live-in-text = Si reside { $place }: { $text }

# Los lugares tal como siguen a «reside», con su preposición.
region-eea = en el EEE
region-eu = en la UE
region-uk = en el Reino Unido
region-switzerland = en Suiza
region-us = en los Estados Unidos
region-california = en California
region-us-states = en un estado de EE. UU. con una ley general de privacidad
region-brazil = en Brasil
region-canada = en Canadá
region-nevada = en Nevada
region-elsewhere = en otro lugar
region-coppa = donde se aplique la ley correspondiente
region-any-place = en cualquier lugar
region-other-than = en otro lugar, no { $places }

country-us = Estados Unidos
country-gb = Reino Unido
country-uk = Reino Unido
country-ie = Irlanda
country-fr = Francia
country-de = Alemania
country-nl = Países Bajos
country-es = España
country-it = Italia
country-be = Bélgica
country-at = Austria
country-se = Suecia
country-dk = Dinamarca
country-fi = Finlandia
country-pl = Polonia
country-pt = Portugal
country-ch = Suiza
country-ca = Canadá
country-in = India
country-br = Brasil
country-jp = Japón
country-au = Australia
country-sg = Singapur
country-no = Noruega
country-lu = Luxemburgo

date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

duration-second = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
duration-minute = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
duration-hour = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
duration-day = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
duration-week = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
duration-month = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
duration-year = { $n ->
    [one] { $n } año
   *[other] { $n } años
}
lifetime-session = hasta el final de la sesión del navegador
lifetime-indefinite = sin límite de tiempo
lifetime-after = { $duration } después { $event }

# Los sucesos desde los que corre un plazo, tras «después», con su «de».
event-account-closure = del cierre de la cuenta
event-invoice = de la facturación
event-purchase = de la compra
event-last-payment = del último pago
event-last-login = del último inicio de sesión
event-last-activity = de la última actividad
event-contract-end = de la finalización del contrato
event-unsubscribe = de la baja
event-collection = de la recogida

## Headings

topic-introduction = Acerca de esta política
topic-controller = Quiénes somos y cómo contactarnos
topic-data = Qué datos recogemos y de dónde proceden
topic-purposes = Fines y bases jurídicas del tratamiento
topic-purposes-without-bases = Fines del tratamiento
topic-recipients = Destinatarios
topic-transfers = Transferencias internacionales
topic-retention = Cuánto tiempo conservamos los datos
topic-rights = Sus derechos y cómo ejercerlos
topic-california = Sus derechos de privacidad en California
topic-cookies = Cookies y tecnologías similares
topic-children = Menores
topic-do-not-track = Señales de privacidad y seguimiento entre sitios
topic-security = Cómo protegemos sus datos
topic-changes = Cambios en esta política
topic-contact = Contacto

## The policy and its parties

jurisdiction-gdpr = el Reglamento General de Protección de Datos de la UE (RGPD)
jurisdiction-uk-gdpr = el UK GDPR
jurisdiction-ccpa = la California Consumer Privacy Act (CCPA)
jurisdiction-caloppa = la California Online Privacy Protection Act (CalOPPA)
jurisdiction-coppa = la Children's Online Privacy Protection Act (COPPA)
jurisdiction-eprivacy = la Directiva sobre la privacidad y las comunicaciones electrónicas de la UE
jurisdiction-lgpd = la LGPD de Brasil
jurisdiction-us-states = las leyes de privacidad de estados de EE. UU. como Virginia y Colorado
jurisdiction-fadp = la Ley federal suiza de protección de datos (LPD)

## Data

source-person = de usted
source-automatic = recogidos automáticamente
source-third-party = terceros
source-third-party-named = terceros: { $providers }
source-derived = deducidos por nosotros a partir de otros datos

subject-users = personas que utilizan el servicio
subject-visitors = visitantes
subject-customers = clientes
subject-others = personas que no son usuarios
subject-children = menores
subject-applicants = candidatos a un empleo
subject-employees = empleados

sensitive-government-id = identificadores oficiales
sensitive-account-credentials = datos de acceso a la cuenta con su contraseña o credenciales
sensitive-financial-account = número de cuenta financiera o de tarjeta con su código de acceso
sensitive-precise-geolocation = geolocalización precisa
sensitive-beliefs = origen racial o étnico, convicciones religiosas o filosóficas o afiliación sindical
sensitive-communications-content = contenido del correo postal, del correo electrónico y de los mensajes de texto
sensitive-genetic = datos genéticos
sensitive-biometric = información biométrica utilizada para identificar a una persona
sensitive-health = información sobre la salud
sensitive-sex-life = vida sexual u orientación sexual

ccpa-identifiers = identificadores
ccpa-customer-records = registros de clientes
ccpa-protected-characteristics = características protegidas
ccpa-commercial = información comercial
ccpa-biometric = información biométrica
ccpa-internet-activity = actividad en internet o en la red
ccpa-geolocation = datos de geolocalización
ccpa-sensory = información sonora, electrónica o visual
ccpa-professional = información profesional o laboral
ccpa-education = información sobre la educación
ccpa-inferences = inferencias
ccpa-sensitive-personal-information = información personal sensible

provision-statutory = obligatorio por ley
provision-contractual = necesario para el contrato
provision-optional = voluntario
provision-not-provided = no aplicable: no los facilita usted

retention-in = { $lifetime } si reside { $place }

## Purposes and legal bases

ground-consent = Consentimiento (art. 6.1.a) RGPD)
ground-contract = Ejecución de un contrato (art. 6.1.b) RGPD)
ground-legal-obligation = Obligación legal (art. 6.1.c) RGPD)
ground-vital-interests = Intereses vitales (art. 6.1.d) RGPD)
ground-public-task = Misión realizada en interés público (art. 6.1.e) RGPD)
ground-legitimate-interests = Intereses legítimos (art. 6.1.f) RGPD)
ground-lgpd-public-policy = Ejecución de políticas públicas (LGPD art. 7, III)
ground-lgpd-research = Estudios de un organismo de investigación (LGPD art. 7, IV)
ground-lgpd-exercise-of-rights = Ejercicio de derechos en procedimientos judiciales, administrativos o arbitrales (LGPD art. 7, VI)
ground-lgpd-health-protection = Protección de la salud (LGPD art. 7, VIII)
ground-lgpd-credit-protection = Protección del crédito (LGPD art. 7, X)
ground-quoted = «{ $words }»

data-used-for = Datos utilizados para la finalidad «{ $purpose }»
every-purpose = todos los fines de esta política

consent-checkbox = una casilla que usted marca
consent-opt-in = una aceptación expresa independiente
consent-pre-ticked = una casilla marcada de antemano
consent-continued-use = el uso continuado del sitio
consent-banner = un banner de cookies en el que acepta o rechaza
consent-browser-settings = la configuración de cookies de su navegador
consent-device-settings = un permiso que concede en la configuración de su dispositivo

only-on-the-basis-of = { $data }: solo con la base jurídica { $basis }

## Recipients

role-processor = encargado del tratamiento, que actúa por cuenta nuestra
role-controller = responsable del tratamiento independiente
role-joint-controller = corresponsable del tratamiento
role-authority = autoridad pública
role-affiliate = empresa de nuestro grupo
role-acquirer = parte en una fusión o adquisición
role-agent = una persona que actúa en su nombre

sale-note-yes = Comunicarles datos constituye una venta de información personal.
sale-note-no = Comunicarles datos no constituye una venta de información personal.
sharing-note-yes = Comunicarles datos constituye compartirlos para publicidad conductual en contextos cruzados.
sharing-note-no = Comunicarles datos no constituye compartirlos para publicidad conductual en contextos cruzados.

## Transfers

safeguard-consent-through = excepción: su consentimiento, obtenido mediante { $ways } (art. 49.1.a) RGPD)
safeguard-not-stated = no indicada
safeguard-none = ninguna
safeguard-adequacy = decisión de adecuación (art. 45 RGPD)
safeguard-sccs = cláusulas tipo de protección de datos (art. 46.2.c) RGPD)
safeguard-bcrs = normas corporativas vinculantes (art. 47 RGPD)
safeguard-certification = código de conducta o mecanismo de certificación aprobado (art. 46.2.e) y f) RGPD)
safeguard-derogation-unnamed = una excepción del art. 49 RGPD (no indicada)
safeguard-derogation = excepción: { $derogation } (art. 49.1 RGPD)
derogation-consent = su consentimiento explícito
derogation-contract = necesaria para un contrato con usted
derogation-legal-claims = reclamaciones
derogation-public-interest = interés público
derogation-vital-interests = intereses vitales

## Retention

retention-session = Los conservamos hasta el final de su sesión de navegación
retention-indefinite = Conservamos los datos personales sin límite de tiempo
retention-period = Plazo de conservación de los datos personales: { $lifetime }

## Rights

right-access = Acceso
right-rectification = Rectificación
right-erasure = Supresión
right-restriction = Limitación del tratamiento
right-objection = Oposición
right-portability = Portabilidad de los datos
right-withdraw-consent = Retirada del consentimiento
right-complain = Reclamación ante una autoridad de control
right-no-automated-decisions = No ser objeto de decisiones automatizadas
right-know = Derecho a saber
right-delete = Derecho de supresión
right-correct = Derecho de rectificación
right-opt-out = Derecho a oponerse a la venta y a la compartición
right-limit = Derecho a limitar el uso de la información personal sensible
right-non-discrimination = Derecho a la no discriminación
right-shine-the-light = Comunicaciones para mercadotecnia directa (Cal. Civ. Code 1798.83)
right-marketing-opt-out = Baja de los mensajes comerciales
right-confirm = Confirmación de que tratamos sus datos
right-anonymisation = Anonimización, bloqueo o eliminación de datos innecesarios
right-know-recipients = Saber con quién compartimos sus datos
right-opt-out-targeted-ads = Oposición a la publicidad dirigida
right-opt-out-profiling = Oposición a la elaboración de perfiles
right-appeal = Recurso contra nuestra decisión sobre su solicitud
right-post-mortem-directives = Instrucciones sobre sus datos tras su fallecimiento

## Children

age-years = { $n ->
    [one] { $n } año
   *[other] { $n } años
}
age-in = { $age } si reside { $place }

## Cookies and trackers

party-first = propia
party-third = de terceros
cookie-category-necessary = necesaria
cookie-category-functional = funcional
cookie-category-analytics = analítica
cookie-category-marketing = publicidad
tracker-web-beacon = una baliza web
tracker-pixel = un píxel de seguimiento
tracker-sdk = un kit de desarrollo de software en la aplicación
tracker-local-storage = el almacenamiento local del navegador
tracker-fingerprinting = la huella digital del dispositivo

## Changes

notice-email = un correo electrónico dirigido a usted
notice-posting = la publicación de la nueva política en el sitio
notice-in-service = un aviso en el servicio
notice-banner = un banner en el sitio

## The page (templates/policy.html, templates/policy.md)

label-colon = { $label }:
not-stated = No indicado
not-named = Sin nombre
yes = Sí
no = No
skip-to-policy = Ir a la política
contents = Índice
last-updated = Última actualización:
in-effect-from = En vigor desde el { $date }
version = Versión { $version }
published-at = Publicada en
notice-at-collection = Nuestro aviso en el momento de la recogida:
compiled-by = Compilada con { $generator }

contact-name = Nombre
contact-address = Dirección
contact-email = Correo electrónico
contact-email-in = Correo electrónico si reside { $place }
contact-phone = Teléfono
contact-website = Sitio web
contact-contact-form = Formulario de contacto
contact-registration = Inscripción registral
contact-country = País
contact-eu-establishment = Establecimiento en el EEE
contact-dpo-required = Obligación de designar un delegado de protección de datos (art. 37 RGPD)
contact-identity-checked = Se comprueba la identidad cuando se contacta por esta vía.
contact-identity-not-checked = No se comprueba la identidad cuando se contacta por esta vía.

if-you-live-in = Si reside { $place }:
applies-if-you-live-in = Esto se aplica si reside { $place }

intro-default = Esta política explica qué datos personales se recogen, con qué fines, quién los recibe, cuánto tiempo se conservan y qué derechos tiene usted.
controller-is = El responsable del tratamiento de sus datos personales es:
controller-instead = Si reside { $place }, el responsable del tratamiento es, en su lugar:
controller-regional = Si reside { $place }, el responsable del tratamiento de sus datos personales es:
dpo = Delegado de protección de datos
dpo-for = Delegado de protección de datos para quienes residen { $place }
representative-for = Representante para quienes residen { $place }
representative-eu = Representante en la Unión Europea

data-caption = Categorías de datos personales
data-category = Categoría
data-includes = Qué incluye
data-source = De dónde proceden
data-providing = Su facilitación es
data-special = categoría especial: { $condition }
data-about = relativos a { $subjects }
data-ccpa-categories = Categorías CCPA: { $categories }
data-sensitive = Información personal sensible (CCPA): { $categories }
data-sensitive-lower = información personal sensible (CCPA): { $categories }
data-collected-by = recogidos directamente por { $name }
collects-sensitive-yes = Recogemos datos personales sensibles.
collects-sensitive-no = No recogemos datos personales sensibles.
limits-sensitive-yes = Solo utilizamos y comunicamos información personal sensible para los fines que la normativa de California permite sin derecho a limitación (11 CCR §7027(m)).
limits-sensitive-no = Utilizamos o comunicamos información personal sensible para fines distintos de los que la normativa de California permite sin derecho a limitación (11 CCR §7027(m)); usted puede limitar su uso.

purposes-caption-bases = Fines, datos que utilizan y base jurídica
purposes-caption = Fines y datos que utilizan
purpose = Fin
purpose-data = Datos utilizados
purpose-basis = Base jurídica
purpose-including = incluidos { $items }
purpose-uses-all = Todos los datos personales descritos en esta política
our-interest = Nuestro interés: { $interest }
special-categories = Categorías especiales: { $condition } (art. 9.2 RGPD)
consent-given-through = El consentimiento se presta mediante { $ways }
legal-bases-heading = Las bases jurídicas en las que nos basamos
basis-covers = Se aplica a: { $purposes }
automated-yes = Tomamos decisiones sobre usted por medios automatizados.
automated-no = No tomamos decisiones sobre usted basadas únicamente en medios automatizados.

no-recipients = No comunicamos datos personales a nadie.
recipients-caption = Destinatarios de los datos personales
recipient = Destinatario
recipient-role = Función
recipient-data = Datos
recipient-why = Fin
recipient-where = Lugar
for-example = por ejemplo { $examples }
sells-yes = Vendemos información personal.
sells-no = No vendemos información personal.
shares-yes = Compartimos información personal para publicidad conductual en contextos cruzados.
shares-no = No compartimos información personal para publicidad conductual en contextos cruzados.

transfers-caption = Transferencias fuera de su país
transfer = Transferencia
transfer-destinations = Destinos
transfer-safeguard = Garantía
transfer-copy = Copia de la garantía
transfer-data-sent = Datos transferidos:
transfer-data-sent-lower = datos transferidos:
transfer-instruction = Realizada a petición suya: { $text }
transfer-instruction-lower = realizada a petición suya: { $text }

retention-caption = Cuánto tiempo se conserva cada categoría
retention-kept-for = Plazo de conservación
retention-collected-by = Recogidos directamente por { $name }
retention-per-purpose = Según se indica arriba para cada fin
retention-general = Se aplican las reglas generales indicadas arriba

identity-checked-for-request = Comprobamos su identidad antes de atender esta solicitud.
identity-not-needed-for-request = Esta solicitud no requiere comprobar su identidad.
authorities = Autoridades
authority = Autoridad
authority-for = (competente si reside { $place })
authority-example = (citada como ejemplo)
supervisory-authorities = Autoridades de control:
request-this-way = Para ejercer un derecho, envíenos una solicitud por esta vía:
request-these-ways = Para ejercer un derecho, envíenos una solicitud por una de estas vías:
answer-within = Nuestro plazo de respuesta es de { $time }
answer-within-in = Si reside { $place }, nuestro plazo de respuesta es de { $time }
may-take-up-to = Este plazo puede llegar a { $time }: { $when }
may-take-up-to-in = Si reside { $place }, este plazo puede llegar a { $time }: { $when }
identity-confirm-first = Primero le pediremos que confirme su identidad.
identity-no-confirm = No le pedimos que confirme su identidad.

cookies-caption = Cookies
cookie-column-name = Nombre
cookie-column-provider = Proveedor
cookie-column-purpose = Finalidad
cookie-column-category = Categoría
cookie-column-lifetime = Duración
cookie-column-party = Titularidad
cookie-column-domain = Dominio
cookie-notice = Encontrará más información sobre las cookies que utilizamos en un aviso de cookies aparte:
cookie-consent = El consentimiento para las cookies se obtiene mediante { $ways }
cookie-consent-in = Si reside { $place }, el consentimiento para las cookies se obtiene mediante { $ways }
opt-out-ways = Formas de oponerse:
trackers-heading = Otras tecnologías de seguimiento
tracker-lifetime = Duración: { $lifetime }

minimum-age = La edad mínima para utilizar nuestros servicios es { $ages }
directed-yes = El servicio está dirigido a menores.
directed-no = El servicio no está dirigido a menores.
parental-consent = Pedimos el consentimiento de uno de los progenitores.
parental-consent-to-use = Los menores solo pueden utilizar el servicio con el consentimiento de uno de los progenitores.
on-discovery = Si sabemos que conservamos datos de un menor, ocurre lo siguiente: { $text }
children-contact = Comuníquenoslo: { $contact }

dnt-yes = Respetamos las señales Do Not Track.
dnt-no = No respondemos a las señales Do Not Track.
gpc-yes = Respetamos las señales Global Privacy Control.
gpc-no = No respondemos a las señales Global Privacy Control.
tracking-yes = Terceros pueden recoger información sobre su actividad en distintos sitios.
tracking-no = Terceros no recogen, a través de nuestro servicio, información sobre su actividad en distintos sitios.

security-measures = Entre nuestras medidas figuran { $measures }
security-no-guarantee = Ninguna medida es perfecta; no podemos garantizar la seguridad de sus datos.
after-breach = En caso de violación de la seguridad de los datos personales: { $text }

changes-notify-by = Le informamos de los cambios mediante { $ways }
changes-acceptance = Los cambios importantes requieren su aceptación.
changes-take-effect = Los cambios surten efecto: { $when }
changes-continued-use = El uso de los servicios después de un cambio se considera una aceptación del mismo.

## Added with the merge of the region and checker work (issue 22)
undated-note = Esta política no lleva fecha.
us-state-disclosures = Lo que las leyes de privacidad de los estados de EE. UU. nos exigen divulgar:
continues-at = El resto figura en una página aparte:
data-maybe-sensitive = Información personal que puede ser sensible (CCPA): { $categories }
data-maybe-sensitive-lower = información personal que puede ser sensible (CCPA): { $categories }
may-take-longer = Este plazo puede ser mayor: { $when }
may-take-longer-in = Si reside { $place }, este plazo puede ser mayor: { $when }
items-provision = { $items }: { $provision }
date-month = { $month } de { $year }
only-if-you-live-in = solo si reside { $place }
changes-no-acceptance = Los cambios surten efecto sin su aceptación.

## Notes: a statement in the policy's own words, under its label (note-BLOCK-KEYWORD).
note-rights-fee = Tasas
note-rights-agent = Solicitudes que otra persona presenta en su nombre
note-rights-refusal = Cuándo puede denegarse una solicitud
note-policy-precedence = Documento que prevalece
note-children-age-check = Cómo se comprueba la edad
note-children-parental-tools = Herramientas para padres y tutores
note-children-parental-tools-yes = Los padres y tutores disponen de herramientas para ver o limitar lo que su hijo hace en el servicio.
note-children-parental-tools-no = Los padres y tutores no disponen de herramientas para ver o limitar lo que su hijo hace en el servicio.
note-changes-archive = Versiones anteriores
note-recipient-bound-by = A qué está obligado el destinatario
note-transfer-protections = Otras protecciones
