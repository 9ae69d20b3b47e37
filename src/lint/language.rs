//! The checker's prose rules in the policy's own language (issue 26): the
//! word lists that tell a hedged promise or an open-ended retention period
//! in German, French, Spanish, Italian, Dutch and Portuguese.
//!
//! A policy with `language de` is read with the English list (writers quote
//! English terms) and the German one; a policy in English, or without a
//! language, is read with the English list and, as before issue 26, the
//! open-ended retention phrases of every language.

use std::sync::LazyLock;

use regex::Regex;

use super::prose;
use crate::i18n::Lang;
use crate::model::Policy;

/// The language the policy's prose is written in (English when unstated or unsupported).
pub fn of(policy: &Policy) -> Lang {
    policy
        .meta
        .language
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(Lang::En)
}

/// The pattern of `lang` among one per language other than English (in the
/// order de, fr, es, it, nl, pt), each compiled on first use; `None` for
/// English, whose wording each rule keeps beside its own checks.
macro_rules! per_language {
    ($lang:expr, $de:expr, $fr:expr, $es:expr, $it:expr, $nl:expr, $pt:expr $(,)?) => {{
        static PATTERNS: [LazyLock<Regex>; 6] = [
            LazyLock::new(|| prose::pattern($de)),
            LazyLock::new(|| prose::pattern($fr)),
            LazyLock::new(|| prose::pattern($es)),
            LazyLock::new(|| prose::pattern($it)),
            LazyLock::new(|| prose::pattern($nl)),
            LazyLock::new(|| prose::pattern($pt)),
        ];
        let at = match $lang {
            Lang::En => return None,
            Lang::De => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
            Lang::It => 3,
            Lang::Nl => 4,
            Lang::Pt => 5,
        };
        Some(&*PATTERNS[at])
    }};
}

/// A promise only to try, or to act only where it suits: "nous nous
/// efforçons de", "soweit möglich", "en la medida de lo posible". `None`
/// for English, whose list each rule keeps beside its own checks.
pub fn try_hedges(lang: Lang) -> Option<&'static Regex> {
    per_language!(
        lang,
        r"(?i)\b(?:versuchen|versucht|bemühen\s+uns|bemüht\s+sich|nach\s+möglichkeit|soweit\s+(?:wie\s+)?möglich|wenn\s+möglich|wo\s+möglich|sofern\s+möglich|im\s+rahmen\s+des\s+möglichen|in\s+dem\s+umfang)\b",
        r"(?i)\b(?:essayons|essaierons|essayer|tentons|tenterons|tenter|nous\s+efforçons|nous\s+nous\s+efforçons|s'efforce|dans\s+la\s+mesure\s+du\s+possible|si\s+possible|lorsque\s+c'est\s+possible|autant\s+que\s+possible|dans\s+la\s+mesure\s+où)\b",
        r"(?i)\b(?:intentamos|intentaremos|intentar|tratamos\s+de|trataremos\s+de|procuramos|procuraremos|nos\s+esforzamos|en\s+la\s+medida\s+de\s+lo\s+posible|si\s+es\s+posible|cuando\s+sea\s+posible|siempre\s+que\s+sea\s+posible|en\s+la\s+medida\s+en\s+que)\b",
        r"(?i)\b(?:cerchiamo\s+di|cercheremo\s+di|tentiamo\s+di|ci\s+sforziamo|per\s+quanto\s+possibile|se\s+possibile|ove\s+possibile|nella\s+misura\s+in\s+cui)\b",
        r"(?i)\b(?:proberen|probeert|trachten|streven\s+ernaar|zo\s*veel\s+mogelijk|indien\s+mogelijk|waar\s+mogelijk|voor\s+zover)\b",
        r"(?i)\b(?:tentamos|tentaremos|procuramos|procuraremos|esforçamo-nos|na\s+medida\s+do\s+possível|se\s+possível|sempre\s+que\s+possível|na\s+medida\s+em\s+que)\b",
    )
}

/// Retention wording that sets no end a reader could work out, in one
/// language other than English: "so lange wie nötig", "aussi longtemps que
/// nécessaire", "por tiempo indefinido", "mindestens".
pub fn open_retention(lang: Lang) -> Option<&'static Regex> {
    per_language!(
        lang,
        r"(?i)\bso\s*lange\b[^.;]{0,80}?\b(?:erforderlich|notwendig|nötig|benötigt|braucht|brauchen|gebraucht)|\bsolange\b[^.;]{0,80}?\b(?:erforderlich|notwendig|nötig|benötigt|braucht|brauchen|gebraucht)|\bnicht\s+länger\s+als\s+(?:erforderlich|notwendig|nötig)|\bunbefristet\b|\bauf\s+unbestimmte\s+zeit\b|\bmindestens\b|\bfür\s+einen\s+(?:angemessenen|begrenzten)\s+zeitraum\b|\bunter\s+bestimmten\s+umständen\b|\bfür\s+geschäftliche\s+zwecke\b",
        r"(?i)\b(?:aussi\s+longtemps\s+que|la\s+durée|le\s+temps)\s+(?:strictement\s+)?(?:nécessaire|requis)|\bpas\s+plus\s+longtemps\s+que\s+nécessaire\b|\bindéfiniment\b|\bpour\s+une\s+durée\s+indéterminée\b|\bau\s+moins\b|\bpendant\s+une\s+durée\s+(?:raisonnable|limitée)\b|\bdans\s+certaines\s+circonstances\b|\bà\s+des\s+fins\s+commerciales\b",
        r"(?i)\bel\s+tiempo\s+(?:que\s+sea\s+|estrictamente\s+)?necesario|\bmientras\s+(?:sea|resulte)\s+necesario\b|\bno\s+más\s+(?:tiempo\s+)?del\s+necesario\b|\bindefinidamente\b|\bpor\s+tiempo\s+indefinido\b|\bal\s+menos\b|\bdurante\s+un\s+(?:plazo|periodo|período)\s+(?:razonable|limitado)\b|\ben\s+determinadas\s+circunstancias\b|\bcon\s+fines\s+comerciales\b",
        r"(?i)\bper\s+(?:tutto\s+)?il\s+tempo\s+(?:strettamente\s+)?necessario|\bindefinitamente\b|\ba\s+tempo\s+indeterminato\b|\balmeno\b",
        r"(?i)\bzo\s*lang\s+(?:als\s+)?(?:dat\s+)?(?:nodig|noodzakelijk)|\bniet\s+langer\s+dan\s+(?:nodig|noodzakelijk)|\bonbeperkt\b|\bvoor\s+onbepaalde\s+tijd\b|\bten\s+minste\b",
        r"(?i)\bpelo\s+tempo\s+(?:que\s+for\s+|estritamente\s+)?necessário|\bindefinidamente\b|\bpor\s+tempo\s+indeterminado\b|\bpelo\s+menos\b",
    )
}

/// A "no" to selling or sharing that takes itself back, in one language
/// other than English: "derzeit", "au sens traditionnel", "podría
/// considerarse una venta". `None` for English (the rule keeps its own list).
pub fn sale_hedges(lang: Lang) -> Option<&'static Regex> {
    per_language!(
        lang,
        r"(?i)\b(?:derzeit|zurzeit|gegenwärtig|im\s+(?:herkömmlichen|traditionellen|klassischen)\s+sinne?|als\s+(?:verkauf|weitergabe)\s+(?:gelten|angesehen\s+werden|betrachtet\s+werden)\s+(?:kann|könnte|können|könnten))\b",
        r"(?i)\b(?:actuellement|à\s+l'heure\s+actuelle|pour\s+le\s+moment|au\s+sens\s+traditionnel|(?:peut|pourrait|peuvent|pourraient)\s+être\s+considérée?s?\s+comme\s+(?:une\s+)?(?:vente|partage))\b",
        r"(?i)\b(?:actualmente|en\s+este\s+momento|por\s+ahora|en\s+el\s+sentido\s+tradicional|(?:puede|podría|pueden|podrían)\s+considerarse\s+(?:una\s+)?(?:venta|compartir))\b",
        r"(?i)\b(?:attualmente|al\s+momento|per\s+ora|nel\s+senso\s+tradizionale|(?:può|potrebbe|possono|potrebbero)\s+essere\s+considerat[aoie]\s+(?:una\s+)?(?:vendita|condivisione))\b",
        r"(?i)\b(?:momenteel|op\s+dit\s+moment|voorlopig|in\s+de\s+traditionele\s+zin|(?:kan|kunnen|zou|zouden)\s+(?:kunnen\s+)?(?:worden\s+)?(?:beschouwd|gezien)\s+als\s+(?:een\s+)?(?:verkoop|delen))\b",
        r"(?i)\b(?:atualmente|neste\s+momento|por\s+enquanto|no\s+sentido\s+tradicional|(?:pode|poderia|podem|poderiam)\s+ser\s+considerad[aoe]s?\s+(?:uma\s+)?(?:venda|partilha|compartilhamento))\b",
    )
}

/// A Global Privacy Control promise kept only in some places or for
/// account holders, in one language other than English: "in einigen
/// Bundesstaaten", "si vous êtes connecté", "cuando la ley lo exija".
pub fn gpc_hedges(lang: Lang) -> Option<&'static Regex> {
    per_language!(
        lang,
        r"(?i)\b(?:in\s+(?:einigen|bestimmten|manchen)\s+(?:rechtsordnungen|ländern|staaten|bundesstaaten)|soweit\s+(?:gesetzlich\s+)?(?:erforderlich|vorgeschrieben)|wo\s+(?:gesetzlich\s+)?(?:erforderlich|vorgeschrieben)|wenn\s+sie\s+(?:angemeldet|eingeloggt)\s+sind|wenn\s+du\s+(?:angemeldet|eingeloggt)\s+bist|nur\s+mit\s+(?:einem\s+)?konto)\b",
        r"(?i)\b(?:dans\s+certain(?:e)?s\s+(?:juridictions|pays|états)|lorsque\s+la\s+loi\s+l'exige|si\s+la\s+loi\s+l'exige|si\s+vous\s+êtes\s+connecté(?:e)?|si\s+vous\s+avez\s+un\s+compte)\b",
        r"(?i)\b(?:en\s+(?:algunas|ciertas|determinadas)\s+(?:jurisdicciones|estados)|(?:cuando|donde|si)\s+la\s+ley\s+lo\s+(?:exija|requiera)|si\s+ha\s+iniciado\s+sesión|si\s+tiene\s+una\s+cuenta)\b",
        r"(?i)\b(?:in\s+(?:alcune|determinate|certe)\s+(?:giurisdizioni|stati)|(?:quando|ove|se)\s+(?:richiesto\s+dalla\s+legge|la\s+legge\s+lo\s+richiede)|se\s+ha\s+effettuato\s+l'accesso|se\s+ha\s+un\s+account)\b",
        r"(?i)\b(?:in\s+(?:sommige|bepaalde)\s+(?:rechtsgebieden|landen|staten)|(?:waar|wanneer|indien)\s+(?:wettelijk\s+)?vereist|als\s+u\s+bent\s+ingelogd|als\s+u\s+een\s+account\s+heeft)\b",
        r"(?i)\b(?:em\s+(?:algumas|certas|determinadas)\s+(?:jurisdições|estados)|(?:quando|onde|se)\s+(?:exigido\s+por\s+lei|a\s+lei\s+o\s+exigir)|se\s+tiver\s+sessão\s+iniciada|se\s+tiver\s+uma\s+conta)\b",
    )
}

/// A destination that names no state, in one language other than English:
/// "Länder außerhalb Ihres Wohnsitzlandes", "dans le monde entier", "otros
/// países", "buiten de EER". `None` for English (`support::vague_destination`
/// keeps the English list).
pub fn vague_destinations(lang: Lang) -> Option<&'static Regex> {
    per_language!(
        lang,
        r"(?i)^\s*(?:andere|anderen|verschiedene|verschiedenen|alle|bestimmte|bestimmten|einige|mehrere|weitere|sonstige)\b|\b(?:weltweit|im\s+ausland|ins\s+ausland|international|grenzüberschreitend)\b|^\s*(?:die\s+)?(?:länder|drittländer|staaten|drittstaaten|gebiete|rechtsordnungen)\s*(?:außerhalb|jenseits|in\s+denen|wo|die|ohne|$)|^\s*außerhalb\b",
        r"(?i)^\s*(?:d'autres|autres|divers|diverses|tous|toutes|certains|certaines|plusieurs)\b|(?:dans\s+le\s+monde\s+entier|à\s+l'étranger|partout\s+dans\s+le\s+monde|à\s+l'international)|^\s*(?:les\s+)?(?:pays|pays\s+tiers|territoires|juridictions)\s*(?:situés\s+)?(?:hors|en\s+dehors|où|dans\s+lesquels|qui|$)|^\s*(?:hors|en\s+dehors)\b",
        r"(?i)^\s*(?:otros|otras|varios|varias|todos|todas|ciertos|ciertas|algunos|algunas|múltiples)\b|\b(?:en\s+todo\s+el\s+mundo|en\s+el\s+extranjero|internacionalmente)\b|^\s*(?:los\s+)?(?:países|terceros\s+países|territorios|jurisdicciones)\s*(?:situados\s+)?(?:fuera|donde|en\s+los\s+que|que|$)|^\s*fuera\b",
        r"(?i)^\s*(?:altri|altre|vari|varie|tutti|tutte|alcuni|alcune|diversi|diverse|determinati)\b|(?:in\s+tutto\s+il\s+mondo|all'estero|a\s+livello\s+internazionale)|^\s*(?:i\s+)?(?:paesi|paesi\s+terzi|territori|giurisdizioni)\s*(?:situati\s+)?(?:al\s+di\s+fuori|fuori|in\s+cui|dove|che|$)|^\s*(?:al\s+di\s+)?fuori\b",
        r"(?i)^\s*(?:andere|diverse|alle|bepaalde|sommige|meerdere)\b|\b(?:wereldwijd|in\s+het\s+buitenland|internationaal)\b|^\s*(?:de\s+)?(?:landen|derde\s+landen|gebieden|rechtsgebieden)\s*(?:buiten|waar|waarin|die|$)|^\s*buiten\b",
        r"(?i)^\s*(?:outros|outras|vários|várias|todos|todas|certos|certas|alguns|algumas|múltiplos)\b|\b(?:em\s+todo\s+o\s+mundo|no\s+estrangeiro|no\s+exterior|internacionalmente)\b|^\s*(?:os\s+)?(?:países|países\s+terceiros|territórios|jurisdições)\s*(?:situados\s+)?(?:fora|onde|em\s+que|que|$)|^\s*fora\b",
    )
}

/// A condition that only defers to the law ("sofern gesetzlich
/// vorgeschrieben", "lorsque la loi l'exige", "cuando lo exija la ley"), in
/// one language other than English: it tells no reader which basis is
/// theirs. `None` for English (the rule keeps the English list). Both
/// orders are read: the law then the requirement, and the requirement then
/// the law.
pub fn law_deferrals(lang: Lang) -> Option<&'static Regex> {
    per_language!(
        lang,
        r"(?i)^\s*(?:nur\s+)?(?:sofern|soweit|wo|wenn|falls|wie|insoweit)\b[^.;]{0,60}?(?:\b(?:gesetzlich|rechtlich|gesetz|gesetze|gesetzen|vorschriften|recht)\b[^.;]{0,40}?\b(?:vorgeschrieben|erforderlich|verlangt|zulässig|erlaubt|gestattet|notwendig|vorsieht|vorsehen)\b|\b(?:erforderlich|vorgeschrieben|zulässig|erlaubt)\b[^.;]{0,40}?\b(?:gesetz|gesetze|gesetzen|recht|vorschriften)\b)|^\s*(?:sofern|soweit|wo|wenn|falls)\s+(?:erforderlich|notwendig|anwendbar|zutreffend)\s*$",
        r"(?i)^\s*(?:uniquement\s+)?(?:lorsque|quand|si|dans\s+la\s+mesure\s+où|là\s+où|selon\s+que)\b[^.;]{0,60}?(?:\b(?:loi|lois|législation|réglementation|légalement|droit)\b[^.;]{0,40}?(?:exig|requi|impos|permi|autoris|applicable)|(?:exig|requi|impos|permi|autoris)[^.;]{0,40}?\b(?:loi|lois|législation|réglementation|droit)\b)|^\s*(?:si|lorsque)\s+(?:nécessaire|requis|applicable)\s*$",
        r"(?i)^\s*(?:solo\s+)?(?:cuando|donde|si|en\s+la\s+medida\s+en\s+que|según)\b[^.;]{0,60}?(?:\b(?:ley|leyes|legislación|normativa|legalmente)\b[^.;]{0,40}?(?:exij|requi|obligu|permit|aplicable)|(?:exij|exig|requi|obligu|permit)[^.;]{0,40}?\b(?:ley|leyes|legislación|normativa)\b)|^\s*(?:cuando|si)\s+(?:sea\s+)?(?:necesario|aplicable)\s*$",
        r"(?i)^\s*(?:solo\s+)?(?:quando|ove|se|nella\s+misura\s+in\s+cui|laddove)\b[^.;]{0,60}?(?:\b(?:legge|leggi|normativa|legislazione)\b[^.;]{0,40}?(?:richied|richiest|impon|consent|permett|applicabil)|(?:richiest|previst|consentit|permess)[^.;]{0,40}?\b(?:legge|leggi|normativa)\b)|^\s*(?:ove|se|quando)\s+(?:necessario|applicabile)\s*$",
        r"(?i)^\s*(?:alleen\s+)?(?:waar|wanneer|indien|als|voor\s+zover)\b[^.;]{0,60}?(?:\b(?:wet|wetgeving|wettelijk|regelgeving)\b[^.;]{0,40}?(?:vereist|verplicht|toegestaan|voorgeschreven|toepasselijk)|(?:vereist|verplicht|toegestaan|voorgeschreven)[^.;]{0,40}?\b(?:wet|wetgeving|regelgeving)\b)|^\s*(?:waar|indien)\s+(?:nodig|van\s+toepassing)\s*$",
        r"(?i)^\s*(?:apenas\s+)?(?:quando|onde|se|na\s+medida\s+em\s+que|conforme)\b[^.;]{0,60}?(?:\b(?:lei|leis|legislação|legalmente)\b[^.;]{0,40}?(?:exig|requer|obrig|permit|aplicável)|(?:exig|requerid|obrigad|permitid)[^.;]{0,40}?\b(?:lei|leis|legislação)\b)|^\s*(?:quando|se)\s+(?:necessário|aplicável)\s*$",
    )
}

/// A right offered only where the reader's place or its law provides it,
/// naming no place, in one language other than English: "je nach Wohnort",
/// "dans certains pays", "dependiendo de dónde resida". `None` for English
/// (`rights-hedged-to-unnamed-jurisdictions` keeps the English list).
pub fn place_hedges(lang: Lang) -> Option<&'static Regex> {
    per_language!(
        lang,
        r"(?i)\bje\s+nach\s+(?:ihrem|deinem|dem)\s+(?:wohnort|wohnsitz|aufenthaltsort|land|standort|wohnsitzland)\b|\babhängig\s+(?:davon,?\s+wo\s+(?:sie|du)\s+(?:wohnen|wohnst|leben|lebst)|von\s+(?:ihrem|deinem)\s+(?:wohnort|wohnsitz|land|standort))|\bin\s+(?:einigen|bestimmten|manchen)\s+(?:rechtsordnungen|ländern|staaten|regionen)\b|\bje\s+nach\s+(?:anwendbarem|geltendem|lokalem|örtlichem)\s+recht\b",
        r"(?i)\bselon\s+(?:votre|le)\s+(?:lieu\s+de\s+résidence|pays|juridiction|région)\b|\ben\s+fonction\s+(?:de\s+votre\s+(?:lieu\s+de\s+résidence|pays|juridiction|région)|du\s+lieu\s+où\s+vous\s+(?:vivez|résidez)|de\s+l'endroit\s+où\s+vous\s+(?:vivez|résidez))|\bdans\s+certain(?:e)?s\s+(?:juridictions|pays|régions|états)\b",
        r"(?i)\bdependiendo\s+de\s+(?:dónde\s+(?:viva|resida|vive|resides)|su\s+(?:país|lugar\s+de\s+residencia|jurisdicción|ubicación))|\bsegún\s+(?:su|el)\s+(?:país|lugar\s+de\s+residencia|jurisdicción)\b|\ben\s+(?:algunas|ciertas|determinadas)\s+(?:jurisdicciones|regiones)\b|\ben\s+(?:algunos|ciertos|determinados)\s+(?:países|estados)\b",
        r"(?i)\ba\s+seconda\s+(?:del\s+(?:paese|luogo)\s+(?:di\s+residenza|in\s+cui\s+(?:vive|risiede))|della\s+(?:giurisdizione|sua\s+residenza))|\bin\s+(?:alcune|determinate|certe)\s+(?:giurisdizioni|regioni)\b|\bin\s+(?:alcuni|determinati|certi)\s+paesi\b",
        r"(?i)\bafhankelijk\s+van\s+(?:waar\s+u\s+woont|uw\s+(?:woonplaats|land|locatie|rechtsgebied))|\bin\s+(?:sommige|bepaalde)\s+(?:rechtsgebieden|landen|regio's|staten)\b",
        r"(?i)\bdependendo\s+d[eo]\s+(?:onde\s+(?:vive|reside|mora)|seu\s+(?:país|local\s+de\s+residência)|sua\s+(?:jurisdição|localização))|\bem\s+(?:algumas|certas|determinadas)\s+(?:jurisdições|regiões)\b|\bem\s+(?:alguns|certos|determinados)\s+(?:países|estados)\b",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_that_only_defer_to_the_law_are_read_in_each_language() {
        for (lang, text, defers) in [
            (Lang::De, "sofern gesetzlich vorgeschrieben", true),
            (
                Lang::De,
                "soweit dies nach geltendem Recht zulässig ist",
                true,
            ),
            (Lang::De, "wenn Sie im EWR wohnen", false),
            (Lang::De, "für Nachrichten über Produkte Dritter", false),
            (Lang::Fr, "lorsque la loi l'exige", true),
            (Lang::Fr, "si vous avez moins de 16 ans", false),
            (Lang::Es, "cuando lo exija la ley", true),
            (Lang::Es, "para los mensajes de terceros", false),
            (Lang::It, "ove richiesto dalla legge", true),
            (Lang::Nl, "waar de wet dat vereist", true),
            (Lang::Pt, "quando exigido por lei", true),
            (Lang::Pt, "para mensagens de terceiros", false),
        ] {
            let found = law_deferrals(lang).is_some_and(|re| re.is_match(text));
            assert_eq!(found, defers, "{lang:?}: {text}");
        }
    }

    #[test]
    fn rights_hedged_to_the_readers_place_are_read_in_each_language() {
        for (lang, text, hedged) in [
            (
                Lang::De,
                "Je nach Ihrem Wohnort haben Sie das Recht auf Auskunft",
                true,
            ),
            (
                Lang::De,
                "In einigen Ländern können Sie der Verarbeitung widersprechen",
                true,
            ),
            (
                Lang::De,
                "Sie haben jederzeit das Recht auf Auskunft",
                false,
            ),
            (
                Lang::Fr,
                "Selon votre lieu de résidence, vous pouvez demander l'accès",
                true,
            ),
            (
                Lang::Fr,
                "Dans certains pays, vous pouvez demander l'effacement",
                true,
            ),
            (
                Lang::Fr,
                "Vous pouvez demander l'accès à vos données",
                false,
            ),
            (
                Lang::Es,
                "Dependiendo de dónde resida, puede solicitar el acceso",
                true,
            ),
            (Lang::Es, "Puede solicitar la supresión de sus datos", false),
            (
                Lang::It,
                "In alcune giurisdizioni può chiedere la cancellazione",
                true,
            ),
            (
                Lang::It,
                "Può chiedere la cancellazione dei suoi dati",
                false,
            ),
            (
                Lang::Nl,
                "Afhankelijk van waar u woont, kunt u inzage vragen",
                true,
            ),
            (Lang::Nl, "U kunt inzage vragen in uw gegevens", false),
            (
                Lang::Pt,
                "Dependendo de onde reside, pode pedir o acesso",
                true,
            ),
            (Lang::Pt, "Pode pedir o acesso aos seus dados", false),
        ] {
            let found = place_hedges(lang).is_some_and(|re| re.is_match(text));
            assert_eq!(found, hedged, "{lang:?}: {text}");
        }
        assert!(place_hedges(Lang::En).is_none());
    }

    #[test]
    fn destinations_that_name_no_state_are_read_in_each_language() {
        for (lang, text, vague) in [
            (Lang::De, "Länder außerhalb Ihres Wohnsitzlandes", true),
            (
                Lang::De,
                "Drittländer außerhalb des EWR, des Vereinigten Königreichs und der Schweiz",
                true,
            ),
            (Lang::De, "weltweit", true),
            (Lang::De, "die Vereinigten Staaten", false),
            (Lang::De, "Länder wie die USA und Indien", false),
            (
                Lang::Fr,
                "pays situés hors de l'Espace économique européen",
                true,
            ),
            (Lang::Fr, "les États-Unis", false),
            (Lang::Es, "otros países", true),
            (Lang::Es, "Estados Unidos", false),
            (Lang::It, "paesi al di fuori dello SEE", true),
            (Lang::It, "Stati Uniti", false),
            (Lang::Nl, "landen buiten de EER", true),
            (Lang::Nl, "de Verenigde Staten", false),
            (Lang::Pt, "países fora do EEE", true),
            (Lang::Pt, "Estados Unidos", false),
        ] {
            let found = vague_destinations(lang).is_some_and(|re| re.is_match(text));
            assert_eq!(found, vague, "{lang:?}: {text}");
        }
        assert!(vague_destinations(Lang::En).is_none());
    }

    fn hedged(lang: Lang, text: &str) -> bool {
        try_hedges(lang).is_some_and(|re| re.is_match(text))
    }

    fn open(lang: Lang, text: &str) -> bool {
        open_retention(lang).is_some_and(|re| re.is_match(text))
    }

    #[test]
    fn hedged_promises_are_found_in_german_french_and_spanish() {
        for (lang, text, expected) in [
            (
                Lang::De,
                "Wir versuchen, Do-Not-Track-Signale zu beachten.",
                true,
            ),
            (
                Lang::De,
                "Wir beachten Do-Not-Track-Signale, soweit möglich.",
                true,
            ),
            (
                Lang::De,
                "Wir bemühen uns, das Signal zu berücksichtigen.",
                true,
            ),
            (
                Lang::De,
                "Wir beachten Do-Not-Track-Signale und setzen dann keine Werbe-Cookies.",
                false,
            ),
            (
                Lang::Fr,
                "Nous nous efforçons de respecter le signal Do Not Track.",
                true,
            ),
            (
                Lang::Fr,
                "Nous respectons ce signal dans la mesure du possible.",
                true,
            ),
            (
                Lang::Fr,
                "Nous essayons de tenir compte de ce signal.",
                true,
            ),
            (
                Lang::Fr,
                "Nous respectons le signal Do Not Track : aucun cookie publicitaire n'est déposé.",
                false,
            ),
            (Lang::Es, "Intentamos respetar la señal Do Not Track.", true),
            (
                Lang::Es,
                "Respetamos la señal en la medida de lo posible.",
                true,
            ),
            (Lang::Es, "Tratamos de atender estas señales.", true),
            (
                Lang::Es,
                "Respetamos la señal Do Not Track y el tratamiento de datos se detiene.",
                false,
            ),
            (Lang::It, "Cerchiamo di rispettare il segnale.", true),
            (Lang::Nl, "Wij proberen dit signaal te respecteren.", true),
            (
                Lang::Pt,
                "Procuramos respeitar o sinal sempre que possível.",
                true,
            ),
        ] {
            assert_eq!(hedged(lang, text), expected, "{lang:?}: {text}");
        }
        assert!(try_hedges(Lang::En).is_none());
    }

    #[test]
    fn open_ended_retention_is_found_in_german_french_and_spanish() {
        for (lang, text, expected) in [
            (
                Lang::De,
                "so lange, wie es für die Zwecke erforderlich ist",
                true,
            ),
            (Lang::De, "auf unbestimmte Zeit", true),
            (Lang::De, "mindestens 2 Jahre, danach nach Bedarf", true),
            (Lang::De, "nicht länger als nötig", true),
            (Lang::De, "bis zur Löschung Ihres Kontos", false),
            (Lang::De, "30 Tage nach Vertragsende", false),
            (Lang::Fr, "aussi longtemps que nécessaire", true),
            (Lang::Fr, "pour une durée indéterminée", true),
            (Lang::Fr, "au moins un an", true),
            (Lang::Fr, "jusqu'à la suppression de votre compte", false),
            (Lang::Fr, "3 ans après la fin du contrat", false),
            (
                Lang::Es,
                "durante el tiempo necesario para la finalidad",
                true,
            ),
            (Lang::Es, "por tiempo indefinido", true),
            (Lang::Es, "mientras sea necesario", true),
            (Lang::Es, "hasta que cierre su cuenta", false),
            (Lang::Es, "5 años después de la última compra", false),
            (Lang::It, "per il tempo strettamente necessario", true),
            (Lang::Nl, "niet langer dan noodzakelijk", true),
            (Lang::Pt, "por tempo indeterminado", true),
        ] {
            assert_eq!(open(lang, text), expected, "{lang:?}: {text}");
        }
        assert!(open_retention(Lang::En).is_none());
    }

    #[test]
    fn hedged_sale_and_gpc_answers_are_found_in_their_language() {
        let sale = |lang: Lang, text: &str| sale_hedges(lang).is_some_and(|re| re.is_match(text));
        let gpc = |lang: Lang, text: &str| gpc_hedges(lang).is_some_and(|re| re.is_match(text));
        for (lang, text) in [
            (
                Lang::De,
                "Wir verkaufen derzeit keine personenbezogenen Daten.",
            ),
            (
                Lang::Fr,
                "Nous ne vendons pas vos données au sens traditionnel.",
            ),
            (
                Lang::Es,
                "Algunas actividades podrían considerarse una venta.",
            ),
            (Lang::It, "Attualmente non vendiamo dati personali."),
            (Lang::Nl, "Wij verkopen momenteel geen persoonsgegevens."),
            (
                Lang::Pt,
                "Algumas atividades podem ser consideradas uma venda.",
            ),
        ] {
            assert!(sale(lang, text), "{lang:?}: {text}");
        }
        for (lang, text) in [
            (Lang::De, "Wir verkaufen keine personenbezogenen Daten."),
            (Lang::Fr, "Nous ne vendons pas vos données personnelles."),
            (Lang::Es, "No vendemos su información personal."),
        ] {
            assert!(!sale(lang, text), "{lang:?}: {text}");
        }
        for (lang, text) in [
            (Lang::De, "Wir beachten GPC in einigen Bundesstaaten."),
            (
                Lang::Fr,
                "Nous respectons le signal GPC si vous êtes connecté.",
            ),
            (Lang::Es, "Respetamos GPC cuando la ley lo exija."),
        ] {
            assert!(gpc(lang, text), "{lang:?}: {text}");
        }
        for (lang, text) in [
            (
                Lang::De,
                "Wir behandeln ein GPC-Signal als Widerspruch gegen den Verkauf.",
            ),
            (
                Lang::Fr,
                "Nous traitons le signal GPC comme une demande d'opposition.",
            ),
            (
                Lang::Es,
                "Tratamos la señal GPC como una solicitud de exclusión.",
            ),
        ] {
            assert!(!gpc(lang, text), "{lang:?}: {text}");
        }
        assert!(sale_hedges(Lang::En).is_none() && gpc_hedges(Lang::En).is_none());
    }
}
