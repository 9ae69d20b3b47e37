# As palavras da política publicada, em português. Termos jurídicos da versão
# portuguesa do RGPD (Regulamento (UE) 2016/679); os nomes das leis (CCPA,
# LGPD) mantêm-se como a lei os designa. Ver docs/i18n.md.

## Lists, places and times

list-and = e
list-or = ou
list-alternatives = ; ou
if-you-live-in-text = Se residir { $place }: { $text }

# Os lugares tal como se seguem a «residir», com a sua preposição.
region-eea = no EEE
region-eu = na UE
region-uk = no Reino Unido
region-switzerland = na Suíça
region-us = nos Estados Unidos
region-california = na Califórnia
region-us-states = num estado dos EUA com uma lei geral de privacidade
region-brazil = no Brasil
region-canada = no Canadá
region-nevada = no Nevada
region-elsewhere = noutro local
region-coppa = onde se aplique a lei em causa
region-any-place = em qualquer local
region-other-than = noutro local, não { $places }

country-us = Estados Unidos
country-gb = Reino Unido
country-uk = Reino Unido
country-ie = Irlanda
country-fr = França
country-de = Alemanha
country-nl = Países Baixos
country-es = Espanha
country-it = Itália
country-be = Bélgica
country-at = Áustria
country-se = Suécia
country-dk = Dinamarca
country-fi = Finlândia
country-pl = Polónia
country-pt = Portugal
country-ch = Suíça
country-ca = Canadá
country-in = Índia
country-br = Brasil
country-jp = Japão
country-au = Austrália
country-sg = Singapura
country-no = Noruega
country-lu = Luxemburgo

date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

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
    [one] { $n } dia
   *[other] { $n } dias
}
duration-week = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
duration-month = { $n ->
    [one] { $n } mês
   *[other] { $n } meses
}
duration-year = { $n ->
    [one] { $n } ano
   *[other] { $n } anos
}
lifetime-session = até ao fim da sessão do navegador
lifetime-indefinite = sem limite de tempo
lifetime-after = { $duration } após { $event }

# Os acontecimentos a partir dos quais corre um prazo, depois de «após».
event-account-closure = o encerramento da conta
event-invoice = a faturação
event-purchase = a compra
event-last-payment = o último pagamento
event-last-login = o último início de sessão
event-last-activity = a última atividade
event-contract-end = o fim do contrato
event-unsubscribe = a anulação da subscrição
event-collection = a recolha

## Headings

topic-introduction = Sobre esta política
topic-controller = Quem somos e como nos contactar
topic-data = Que dados recolhemos e de onde vêm
topic-purposes = Finalidades e fundamentos jurídicos do tratamento
topic-purposes-without-bases = Finalidades do tratamento
topic-recipients = Destinatários
topic-transfers = Transferências internacionais
topic-retention = Durante quanto tempo conservamos os dados
topic-rights = Os seus direitos e como os exercer
topic-california = Os seus direitos de privacidade na Califórnia
topic-cookies = Cookies e tecnologias semelhantes
topic-children = Crianças
topic-do-not-track = Sinais de privacidade e rastreamento entre sítios
topic-security = Como protegemos os seus dados
topic-changes = Alterações a esta política
topic-contact = Contacto

## The policy and its parties

jurisdiction-gdpr = o Regulamento Geral sobre a Proteção de Dados da UE (RGPD)
jurisdiction-uk-gdpr = o UK GDPR
jurisdiction-ccpa = o California Consumer Privacy Act (CCPA)
jurisdiction-caloppa = o California Online Privacy Protection Act (CalOPPA)
jurisdiction-coppa = o Children's Online Privacy Protection Act (COPPA)
jurisdiction-eprivacy = a Diretiva relativa à privacidade e às comunicações eletrónicas da UE
jurisdiction-lgpd = a LGPD brasileira
jurisdiction-us-states = as leis de privacidade de estados dos EUA como a Virgínia e o Colorado
jurisdiction-fadp = a Lei federal suíça sobre a proteção de dados (LPD)

## Data

source-person = o titular dos dados
source-automatic = recolhidos automaticamente
source-third-party = terceiros
source-third-party-named = terceiros: { $providers }
source-derived = deduzidos por nós a partir de outros dados

subject-users = pessoas que utilizam o serviço
subject-visitors = visitantes
subject-customers = clientes
subject-others = pessoas que não são utilizadores
subject-children = crianças
subject-applicants = candidatos a emprego
subject-employees = trabalhadores

sensitive-government-id = identificadores oficiais
sensitive-account-credentials = credenciais de acesso à conta com a respetiva palavra-passe
sensitive-financial-account = número de conta financeira ou de cartão com o respetivo código de acesso
sensitive-precise-geolocation = geolocalização precisa
sensitive-beliefs = origem racial ou étnica, convicções religiosas ou filosóficas ou filiação sindical
sensitive-communications-content = conteúdo de correio, correio eletrónico e mensagens de texto
sensitive-genetic = dados genéticos
sensitive-biometric = informações biométricas usadas para identificar uma pessoa
sensitive-health = informações sobre saúde
sensitive-sex-life = vida sexual ou orientação sexual

ccpa-identifiers = identificadores
ccpa-customer-records = registos de clientes
ccpa-protected-characteristics = características protegidas
ccpa-commercial = informações comerciais
ccpa-biometric = informações biométricas
ccpa-internet-activity = atividade na internet ou na rede
ccpa-geolocation = dados de geolocalização
ccpa-sensory = informações sonoras, eletrónicas ou visuais
ccpa-professional = informações profissionais ou de emprego
ccpa-education = informações sobre educação
ccpa-inferences = inferências
ccpa-sensitive-personal-information = informações pessoais sensíveis

provision-statutory = obrigatório por lei
provision-contractual = necessário para o contrato
provision-optional = facultativo
provision-not-provided = não aplicável: não é o titular que os fornece

retention-in = { $lifetime } se residir { $place }

## Purposes and legal bases

ground-consent = Consentimento (art. 6.º, n.º 1, alínea a), do RGPD)
ground-contract = Execução de um contrato (art. 6.º, n.º 1, alínea b), do RGPD)
ground-legal-obligation = Obrigação jurídica (art. 6.º, n.º 1, alínea c), do RGPD)
ground-vital-interests = Interesses vitais (art. 6.º, n.º 1, alínea d), do RGPD)
ground-public-task = Exercício de funções de interesse público (art. 6.º, n.º 1, alínea e), do RGPD)
ground-legitimate-interests = Interesses legítimos (art. 6.º, n.º 1, alínea f), do RGPD)
ground-lgpd-public-policy = Execução de políticas públicas (LGPD art. 7.º, III)
ground-lgpd-research = Estudos por órgão de pesquisa (LGPD art. 7.º, IV)
ground-lgpd-exercise-of-rights = Exercício regular de direitos em processo judicial, administrativo ou arbitral (LGPD art. 7.º, VI)
ground-lgpd-health-protection = Tutela da saúde (LGPD art. 7.º, VIII)
ground-lgpd-credit-protection = Proteção do crédito (LGPD art. 7.º, X)
ground-quoted = «{ $words }»

data-used-for = Dados usados para a finalidade «{ $purpose }»
every-purpose = todas as finalidades desta política

consent-checkbox = uma caixa que assinala
consent-opt-in = uma aceitação expressa separada
consent-pre-ticked = uma caixa previamente assinalada
consent-continued-use = a continuação da utilização do sítio
consent-banner = um banner de cookies onde aceita ou recusa
consent-browser-settings = as definições de cookies do seu navegador
consent-device-settings = uma permissão que concede nas definições do seu dispositivo

only-on-the-basis-of = { $data }: apenas com o fundamento jurídico { $basis }

## Recipients

role-processor = subcontratante, que atua por nossa conta
role-controller = responsável pelo tratamento independente
role-joint-controller = responsável conjunto pelo tratamento
role-authority = autoridade pública
role-affiliate = empresa do nosso grupo
role-acquirer = parte numa fusão ou aquisição
role-agent = alguém que atua em seu nome

sale-note-yes = Comunicar-lhes dados constitui uma venda de informações pessoais.
sale-note-no = Comunicar-lhes dados não constitui uma venda de informações pessoais.
sharing-note-yes = Comunicar-lhes dados constitui uma partilha para publicidade comportamental entre contextos.
sharing-note-no = Comunicar-lhes dados não constitui uma partilha para publicidade comportamental entre contextos.

## Transfers

safeguard-consent-through = derrogação: o seu consentimento, obtido através de { $ways } (art. 49.º, n.º 1, alínea a), do RGPD)
safeguard-not-stated = não indicada
safeguard-none = nenhuma
safeguard-adequacy = decisão de adequação (art. 45.º do RGPD)
safeguard-sccs = cláusulas-tipo de proteção de dados (art. 46.º, n.º 2, alínea c), do RGPD)
safeguard-bcrs = regras vinculativas aplicáveis às empresas (art. 47.º do RGPD)
safeguard-certification = código de conduta ou procedimento de certificação aprovado (art. 46.º, n.º 2, alíneas e) e f), do RGPD)
safeguard-derogation-unnamed = uma derrogação do art. 49.º do RGPD (não indicada)
safeguard-derogation = derrogação: { $derogation } (art. 49.º, n.º 1, do RGPD)
derogation-consent = o seu consentimento explícito
derogation-contract = necessária para um contrato consigo
derogation-legal-claims = declaração, exercício ou defesa de um direito num processo judicial
derogation-public-interest = interesse público
derogation-vital-interests = interesses vitais

## Retention

retention-session = Conservamo-los até ao fim da sua sessão de navegação
retention-indefinite = Conservamos os dados pessoais sem limite de tempo
retention-period = Prazo de conservação dos dados pessoais: { $lifetime }

## Rights

right-access = Acesso
right-rectification = Retificação
right-erasure = Apagamento
right-restriction = Limitação do tratamento
right-objection = Oposição
right-portability = Portabilidade dos dados
right-withdraw-consent = Retirada do consentimento
right-complain = Reclamação junto de uma autoridade de controlo
right-no-automated-decisions = Não ficar sujeito a decisões automatizadas
right-know = Direito de saber
right-delete = Direito de apagamento
right-correct = Direito de retificação
right-opt-out = Direito de se opor à venda e à partilha
right-limit = Direito de limitar a utilização de informações pessoais sensíveis
right-non-discrimination = Direito à não discriminação
right-shine-the-light = Comunicações para comercialização direta (Cal. Civ. Code 1798.83)
right-marketing-opt-out = Recusa de mensagens de marketing
right-confirm = Confirmação de que tratamos os seus dados
right-anonymisation = Anonimização, bloqueio ou eliminação de dados desnecessários
right-know-recipients = Saber com quem partilhamos os seus dados
right-opt-out-targeted-ads = Oposição à publicidade direcionada
right-opt-out-profiling = Oposição à definição de perfis
right-appeal = Recurso da nossa decisão sobre o seu pedido
right-post-mortem-directives = Instruções sobre os seus dados após a sua morte

## Children

age-years = { $n ->
    [one] { $n } ano
   *[other] { $n } anos
}
age-in = { $age } se residir { $place }

## Cookies and trackers

party-first = próprio
party-third = de terceiros
cookie-category-necessary = necessário
cookie-category-functional = funcional
cookie-category-analytics = analítico
cookie-category-marketing = marketing
tracker-web-beacon = um web beacon
tracker-pixel = um píxel de rastreamento
tracker-sdk = um kit de desenvolvimento de software na aplicação
tracker-local-storage = o armazenamento local do navegador
tracker-fingerprinting = a impressão digital do dispositivo

## Changes

notice-email = uma mensagem de correio eletrónico dirigida a si
notice-posting = a publicação da nova política no sítio
notice-in-service = um aviso no serviço
notice-banner = um banner no sítio

## The page (templates/policy.html, templates/policy.md)

label-colon = { $label }:
not-stated = Não indicado
not-named = Sem nome
yes = Sim
no = Não
skip-to-policy = Ir para a política
contents = Índice
last-updated = Última atualização:
in-effect-from = Em vigor a partir de { $date }
version = Versão { $version }
published-at = Publicada em
notice-at-collection = O nosso aviso no momento da recolha:
compiled-by = Compilada com { $generator }

contact-name = Nome
contact-address = Morada
contact-email = Correio eletrónico
contact-email-in = Correio eletrónico se residir { $place }
contact-phone = Telefone
contact-website = Sítio web
contact-contact-form = Formulário de contacto
contact-registration = Registo
contact-country = País
contact-eu-establishment = Estabelecimento no EEE
contact-dpo-required = Designação obrigatória de um encarregado da proteção de dados (art. 37.º do RGPD)
contact-identity-checked = A identidade é verificada quando nos contacta por esta via.
contact-identity-not-checked = A identidade não é verificada quando nos contacta por esta via.

if-you-live-in = Se residir { $place }:
applies-if-you-live-in = Isto aplica-se se residir { $place }

intro-default = Esta política explica que dados pessoais são recolhidos, porquê, quem os recebe, durante quanto tempo são conservados e que direitos tem.
controller-is = O responsável pelo tratamento dos seus dados pessoais é:
controller-instead = Se residir { $place }, o responsável pelo tratamento é, em vez disso:
controller-regional = Se residir { $place }, o responsável pelo tratamento dos seus dados pessoais é:
dpo = Encarregado da proteção de dados
dpo-for = Encarregado da proteção de dados para quem reside { $place }
representative-for = Representante para quem reside { $place }
representative-eu = Representante na União Europeia

data-caption = Categorias de dados pessoais
data-category = Categoria
data-includes = O que inclui
data-source = Origem
data-providing = O seu fornecimento é
data-special = categoria especial: { $condition }
data-about = relativos a { $subjects }
data-ccpa-categories = Categorias CCPA: { $categories }
data-sensitive = Informações pessoais sensíveis (CCPA): { $categories }
data-sensitive-lower = informações pessoais sensíveis (CCPA): { $categories }
data-collected-by = recolhidos diretamente por { $name }
collects-sensitive-yes = Recolhemos dados pessoais sensíveis.
collects-sensitive-no = Não recolhemos dados pessoais sensíveis.
limits-sensitive-yes = Só utilizamos e divulgamos informações pessoais sensíveis para as finalidades que a regulamentação da Califórnia permite sem direito de limitação (11 CCR §7027(m)).
limits-sensitive-no = Utilizamos ou divulgamos informações pessoais sensíveis para finalidades além das que a regulamentação da Califórnia permite sem direito de limitação (11 CCR §7027(m)); pode limitar a sua utilização.

purposes-caption-bases = Finalidades, dados que utilizam e fundamento jurídico
purposes-caption = Finalidades e dados que utilizam
purpose = Finalidade
purpose-data = Dados utilizados
purpose-basis = Fundamento jurídico
purpose-including = incluindo { $items }
purpose-uses-all = Todos os dados pessoais descritos nesta política
our-interest = O nosso interesse: { $interest }
special-categories = Categorias especiais: { $condition } (art. 9.º, n.º 2, do RGPD)
consent-given-through = O consentimento é dado através de { $ways }
legal-bases-heading = Os fundamentos jurídicos em que nos baseamos
basis-covers = Aplica-se a: { $purposes }
automated-yes = Tomamos decisões sobre si por meios automatizados.
automated-no = Não tomamos decisões sobre si baseadas exclusivamente em meios automatizados.

no-recipients = Não comunicamos dados pessoais a ninguém.
recipients-caption = Destinatários dos dados pessoais
recipient = Destinatário
recipient-role = Função
recipient-data = Dados
recipient-why = Finalidade
recipient-where = Local
for-example = por exemplo { $examples }
sells-yes = Vendemos informações pessoais.
sells-no = Não vendemos informações pessoais.
shares-yes = Partilhamos informações pessoais para publicidade comportamental entre contextos.
shares-no = Não partilhamos informações pessoais para publicidade comportamental entre contextos.

transfers-caption = Transferências para fora do seu país
transfer = Transferência
transfer-destinations = Destinos
transfer-safeguard = Garantia
transfer-copy = Cópia da garantia
transfer-data-sent = Dados transferidos:
transfer-data-sent-lower = dados transferidos:
transfer-instruction = Efetuada a seu pedido: { $text }
transfer-instruction-lower = efetuada a seu pedido: { $text }

retention-caption = Durante quanto tempo é conservada cada categoria
retention-kept-for = Prazo de conservação
retention-collected-by = Recolhidos diretamente por { $name }
retention-per-purpose = Conforme indicado acima para cada finalidade
retention-general = Aplicam-se as regras gerais acima

identity-checked-for-request = Verificamos a sua identidade antes de dar seguimento a este pedido.
identity-not-needed-for-request = Este pedido não exige verificação da identidade.
authorities = Autoridades
authority = Autoridade
authority-for = (competente se residir { $place })
authority-example = (indicada como exemplo)
supervisory-authorities = Autoridades de controlo:
request-this-way = Para exercer um direito, envie-nos um pedido por esta via:
request-these-ways = Para exercer um direito, envie-nos um pedido por uma destas vias:
answer-within = O nosso prazo de resposta é de { $time }
answer-within-in = Se residir { $place }, o nosso prazo de resposta é de { $time }
may-take-up-to = Este prazo pode chegar a { $time }: { $when }
may-take-up-to-in = Se residir { $place }, este prazo pode chegar a { $time }: { $when }
identity-confirm-first = Pedir-lhe-emos primeiro que confirme a sua identidade.
identity-no-confirm = Não lhe pedimos que confirme a sua identidade.

cookies-caption = Cookies
cookie-column-name = Nome
cookie-column-provider = Fornecedor
cookie-column-purpose = Finalidade
cookie-column-category = Categoria
cookie-column-lifetime = Duração
cookie-column-party = Origem
cookie-column-domain = Domínio
cookie-notice = Encontra mais informações sobre os cookies que utilizamos num aviso de cookies separado:
cookie-consent = O consentimento para cookies é obtido através de { $ways }
cookie-consent-in = Se residir { $place }, o consentimento para cookies é obtido através de { $ways }
opt-out-ways = Formas de se opor:
trackers-heading = Outras tecnologias de rastreamento
tracker-lifetime = Duração: { $lifetime }

minimum-age = A idade mínima para utilizar os nossos serviços é de { $ages }
directed-yes = O serviço destina-se a crianças.
directed-no = O serviço não se destina a crianças.
parental-consent = Pedimos o consentimento de um dos pais.
parental-consent-to-use = Os menores só podem utilizar o serviço com o consentimento de um dos pais.
on-discovery = Se soubermos que temos dados de uma criança, acontece o seguinte: { $text }
children-contact = Informe-nos: { $contact }

dnt-yes = Respeitamos os sinais Do Not Track.
dnt-no = Não respondemos aos sinais Do Not Track.
gpc-yes = Respeitamos os sinais Global Privacy Control.
gpc-no = Não respondemos aos sinais Global Privacy Control.
tracking-yes = Terceiros podem recolher informações sobre a sua atividade em diferentes sítios.
tracking-no = Terceiros não recolhem, através do nosso serviço, informações sobre a sua atividade em diferentes sítios.

security-measures = As nossas medidas incluem { $measures }
security-no-guarantee = Nenhuma medida é perfeita; não podemos garantir a segurança dos seus dados.
after-breach = Em caso de violação de dados pessoais: { $text }

changes-notify-by = Informamo-lo das alterações através de { $ways }
changes-acceptance = As alterações significativas exigem a sua aceitação.
changes-take-effect = As alterações produzem efeitos: { $when }
changes-continued-use = A utilização dos serviços após uma alteração é considerada aceitação da mesma.

## Added with the merge of the region and checker work (issue 22)
undated-note = Esta política não tem data.
us-state-disclosures = O que as leis de privacidade dos estados dos EUA nos exigem divulgar:
continues-at = O restante está numa página própria:
data-maybe-sensitive = Informações pessoais que podem ser sensíveis (CCPA): { $categories }
data-maybe-sensitive-lower = informações pessoais que podem ser sensíveis (CCPA): { $categories }
may-take-longer = Este prazo pode ser mais longo: { $when }
may-take-longer-in = Se residir { $place }, este prazo pode ser mais longo: { $when }
items-provision = { $items }: { $provision }
date-month = { $month } de { $year }
only-if-you-live-in = apenas se residir { $place }
changes-no-acceptance = As alterações produzem efeito sem a sua aceitação.

## Notes: a statement in the policy's own words, under its label (note-BLOCK-KEYWORD).
note-rights-fee = Taxas
note-rights-agent = Pedidos feitos em seu nome por outra pessoa
note-rights-refusal = Quando um pedido pode ser recusado
note-policy-precedence = Documento que prevalece
note-children-age-check = Como a idade é verificada
note-children-parental-tools = Ferramentas para pais e tutores
note-children-parental-tools-yes = Os pais e tutores dispõem de ferramentas para ver ou limitar o que o seu filho faz no serviço.
note-children-parental-tools-no = Os pais e tutores não dispõem de ferramentas para ver ou limitar o que o seu filho faz no serviço.
note-changes-archive = Versões anteriores
note-recipient-bound-by = A que o destinatário está obrigado
note-transfer-protections = Outras proteções
