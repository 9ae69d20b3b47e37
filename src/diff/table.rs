//! The materiality table: for every statement of every block (and every
//! column of the cookie table), what a change in each direction means.
//!
//! Every `(block, field)` the schema knows must have an `any` row, the
//! decision when no more specific row applies; a test fails for a statement
//! without one, naming it. docs/diff.md holds [`markdown`] (tested equal).

use super::Class::{self, Editorial as E, Material as M, Review as R};

/// One decision.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The block: `file` for the top level, `cookie` for a row of the cookie table.
    pub block: &'static str,
    /// The statement or column; `(block)` for the block itself, `(label)`,
    /// `(name)`, `(kinds)`, `(for)`… for what follows the block's keyword.
    pub field: &'static str,
    /// The direction of the change: `any`, `added`, `removed`, `renamed`,
    /// `stated`, `dropped`, `more`, `fewer`, `longer`, `shorter`, `higher`,
    /// `lower`, `yes`, `no`, `reworded`, `to WORD`, `from WORD`.
    pub change: &'static str,
    /// The class.
    pub class: Class,
    /// Why, in words.
    pub reason: &'static str,
    /// The legal source, or `—`.
    pub source: &'static str,
}

const A13_1A: &str = "GDPR Art. 13(1)(a), 14(1)(a)";
const A13_1B: &str = "GDPR Art. 13(1)(b), 14(1)(b)";
const A13_1C: &str = "GDPR Art. 13(1)(c), 14(1)(c); Art. 13(3), 14(4)";
const A13_1D: &str = "GDPR Art. 13(1)(d), 14(2)(b); Art. 21(1)";
const A14_1D: &str = "GDPR Art. 14(1)(d); CCPA 1798.100(a)(1)";
const A13_1E: &str =
    "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01, changes to Art. 13/14 information";
const A13_1F: &str =
    "GDPR Art. 13(1)(f), 14(1)(f); Art. 44-49; WP260 rev.01, changes to Art. 13/14 information";
const A13_2A: &str = "GDPR Art. 13(2)(a), 14(2)(a); CCPA 1798.100(a)(3)";
const A13_2B: &str = "GDPR Art. 13(2)(b), 14(2)(c); Arts. 15-21";
const A13_2D: &str = "GDPR Art. 13(2)(d), 14(2)(e); Art. 77";
const A13_2E: &str = "GDPR Art. 13(2)(e)";
const A13_2F: &str = "GDPR Art. 13(2)(f), 14(2)(g); Art. 22";
const A14_2F: &str = "GDPR Art. 14(2)(f)";
const ART9: &str = "GDPR Art. 9, 13(1)(c); CCPA 1798.121";
const CONSENT: &str = "GDPR Art. 4(11), 7; EDPB Guidelines 05/2020 on consent (scrolling or continued use is no consent)";
const EPRIVACY: &str = "ePrivacy Directive Art. 5(3); GDPR Art. 13(1)(e)";
const SALE: &str = "CCPA 1798.115, 1798.120, 1798.135";
const WP260: &str = "WP260 rev.01, changes to Art. 13/14 information";
const NONE: &str = "—";

macro_rules! rules {
    ($( $block:literal $field:literal $change:literal $class:ident $reason:literal $source:expr ;)*) => {
        /// The table, in the order of docs/diff.md.
        pub const RULES: &[Rule] = &[$(Rule { block: $block, field: $field, change: $change, class: $class, reason: $reason, source: $source }),*];
    };
}

rules! {
    // The top level.
    "file" "recipients" "any" M "whether anyone receives the data" A13_1E;
    "file" "retention" "longer" M "data is kept longer" A13_2A;
    "file" "retention" "more" R "another general retention rule; read whether it keeps data longer" A13_2A;
    "file" "retention" "shorter" E "data is kept for less time" NONE;
    "file" "retention" "any" R "the general retention rules changed; read whether data is kept longer" A13_2A;
    "file" "honors-do-not-track" "no" M "Do Not Track signals are no longer honoured" "CalOPPA, Cal. Bus. & Prof. Code 22575(b)(5)";
    "file" "honors-do-not-track" "reworded" R "the policy's words on Do Not Track" "CalOPPA 22575(b)(5)";
    "file" "honors-do-not-track" "any" E "Do Not Track signals are honoured, or the answer is stated" NONE;
    "file" "honors-gpc" "no" M "Global Privacy Control signals are no longer honoured" "CCPA 1798.135(b); Cal. Code Regs. tit. 11, § 7025";
    "file" "honors-gpc" "dropped" R "the answer on Global Privacy Control is no longer given" "Cal. Code Regs. tit. 11, § 7025";
    "file" "honors-gpc" "reworded" R "the policy's words on Global Privacy Control" "Cal. Code Regs. tit. 11, § 7025";
    "file" "honors-gpc" "any" E "Global Privacy Control signals are honoured, or the answer is stated" NONE;
    "file" "third-party-tracking" "yes" M "third parties may now track people across sites" "CalOPPA 22575(b)(6); ePrivacy Directive Art. 5(3)";
    "file" "third-party-tracking" "stated" R "the answer on third-party tracking is now given" "CalOPPA 22575(b)(6)";
    "file" "third-party-tracking" "reworded" R "the policy's words on third-party tracking" "CalOPPA 22575(b)(6)";
    "file" "third-party-tracking" "any" E "third parties may no longer track, or the answer is dropped" NONE;
    "file" "automated-decisions" "yes" M "decisions are now made by automated means" A13_2F;
    "file" "automated-decisions" "stated" R "the answer on automated decisions is now given" A13_2F;
    "file" "automated-decisions" "reworded" R "the policy's words on automated decisions" A13_2F;
    "file" "automated-decisions" "any" E "no longer automated decisions, or the answer is dropped" NONE;
    "file" "sells-data" "yes" M "personal information is now sold" SALE;
    "file" "sells-data" "stated" R "the answer on sale is now given" SALE;
    "file" "sells-data" "reworded" R "the policy's words on sale" SALE;
    "file" "sells-data" "any" E "personal information is no longer sold, or the answer is dropped" NONE;
    "file" "shares-data" "yes" M "personal information is now shared for cross-context advertising" SALE;
    "file" "shares-data" "stated" R "the answer on sharing is now given" SALE;
    "file" "shares-data" "reworded" R "the policy's words on sharing" SALE;
    "file" "shares-data" "any" E "personal information is no longer shared, or the answer is dropped" NONE;
    "file" "limits-sensitive-use" "no" M "sensitive personal information is no longer said to be used only for the purposes 11 CCR 7027(m) lists (a right to limit may be due)" "CCPA 1798.121; 11 CCR 7014(e), 7027(b), (m)";
    "file" "limits-sensitive-use" "dropped" M "the statement that sensitive data is used only for 11 CCR 7027(m) purposes is withdrawn" "CCPA 1798.121; 11 CCR 7014(e), 7027(b), (m)";
    "file" "limits-sensitive-use" "stated" R "the use of sensitive data is now said to be limited or not" "CCPA 1798.121; 11 CCR 7027(m)";
    "file" "limits-sensitive-use" "reworded" R "the policy's words on the use of sensitive data" "CCPA 1798.121; 11 CCR 7027(m)";
    "file" "limits-sensitive-use" "any" E "sensitive data now said to be used only for 11 CCR 7027(m) purposes" NONE;
    // The policy itself.
    "policy" "(block)" "any" E "the policy statement" NONE;
    "policy" "(name)" "any" E "the title" NONE;
    "policy" "updated" "any" E "the date" NONE;
    "policy" "effective" "any" E "the date" NONE;
    "policy" "version" "any" E "the version label" NONE;
    "policy" "language" "any" E "the language tag" NONE;
    "policy" "jurisdictions" "any" E "the regimes the policy is written for (what is done with data is stated elsewhere)" NONE;
    "policy" "url" "any" E "where the policy is published" NONE;
    "policy" "notice-at-collection" "dropped" R "this policy no longer points to a separate notice at collection; read whether it now carries that notice's facts" "CCPA 1798.100(a); 11 CCR 7012";
    "policy" "notice-at-collection" "any" E "where the separate notice at collection is published" NONE;
    // Who is responsible and whom to contact.
    "controller" "(block)" "removed" M "the controller is no longer named" A13_1A;
    "controller" "(block)" "any" E "the controller is now named" NONE;
    "controller" "(name)" "any" M "a different organisation is responsible for the data" A13_1A;
    "controller" "country" "any" M "the controller is established in another country (another law and authority may apply)" "GDPR Art. 3, 13(1)(a), 56";
    "controller" "(for)" "any" M "the places this controller is responsible for changed: people there now deal with another controller" "GDPR Art. 4(7), 13(1)(a), 14(1)(a)";
    "dpo" "(block)" "removed" M "the data protection officer's contact is no longer given" A13_1B;
    "dpo" "(block)" "any" E "a data protection officer is now named" NONE;
    "dpo" "email" "dropped" M "the data protection officer's e-mail is no longer given" A13_1B;
    "representative" "(block)" "removed" M "the representative is no longer named" "GDPR Art. 13(1)(a), 27";
    "representative" "(block)" "any" E "a representative is now named" NONE;
    "representative" "(name)" "any" M "a different organisation represents the controller" "GDPR Art. 13(1)(a), 27";
    "representative" "(for)" "any" R "the region the representative serves" "GDPR Art. 27";
    // Party fields, shared by controller, dpo and representative.
    "party" "(name)" "any" E "the name" NONE;
    "party" "legal-form" "any" E "contact details" NONE;
    "party" "address" "any" E "contact details" NONE;
    "party" "email" "any" E "contact details" NONE;
    "party" "phone" "any" E "contact details" NONE;
    "party" "website" "any" E "contact details" NONE;
    "party" "contact-form" "any" E "contact details" NONE;
    "party" "registration" "any" E "the company registration" NONE;
    "party" "country" "any" E "the country of establishment" NONE;
    "party" "eu-establishment" "dropped" M "the establishment in the Union is no longer named (an Art. 27 representative may be needed)" "GDPR Art. 3(1), 27(1)";
    "party" "eu-establishment" "any" R "the establishment in the Union" "GDPR Art. 3(1), 13(1)(a)";
    "party" "verifies-identity" "any" E "whether identity is checked" NONE;
    "party" "required" "any" E "whether a DPO is required" NONE;
    // Data.
    "data" "(block)" "added" M "a new category of personal data is collected" A14_1D;
    "data" "(block)" "renamed" E "the same category under a new id" NONE;
    "data" "(block)" "any" E "a category is no longer collected" NONE;
    "data" "(label)" "any" R "the name of the category; read whether it now covers other data" A14_1D;
    "data" "examples" "more" R "new examples; read whether they are new data" A14_1D;
    "data" "examples" "any" E "the examples given" NONE;
    "data" "source" "more" M "the data now also comes from another source" A14_2F;
    "data" "source" "any" E "the data no longer comes from a source" NONE;
    "data" "from" "more" M "the data now also comes from another named source" A14_2F;
    "data" "from" "any" E "a named source is no longer listed" NONE;
    "data" "subjects" "more" M "the data now concerns other people too" "GDPR Art. 8, 13(1)(c), 14(1)(d)";
    "data" "subjects" "any" E "whose data it is" NONE;
    "data" "collected" "more" R "collected at another moment; read whether it is more data" A14_1D;
    "data" "collected" "any" E "when it is collected" NONE;
    "data" "collected-by" "dropped" M "the data is no longer said to be collected by a third party under its own policy: the controller collects it" "GDPR Art. 13, 14; CCPA 1798.100(a)";
    "data" "collected-by" "any" R "who collects the data under its own policy" "GDPR Art. 14(1)(e)";
    "data" "fides" "any" E "the Fides key: an export classification, not a statement of the policy" NONE;
    "data" "special" "dropped" E "no longer special-category data" NONE;
    "data" "special" "any" M "special-category data, or another special category" ART9;
    "data" "sensitive" "dropped" E "no longer sensitive personal information" NONE;
    "data" "sensitive" "any" M "sensitive personal information, or another kind of it" "CCPA 1798.121, 1798.140(ae)";
    "data" "ccpa-category" "more" M "the data now falls in another CCPA category" "CCPA 1798.100(a)(1), 1798.110";
    "data" "ccpa-category" "any" E "the CCPA categories it is mapped to" NONE;
    "data" "retention" "longer" M "data is kept longer" A13_2A;
    "data" "retention" "shorter" E "data is kept for less time" NONE;
    "data" "retention" "stated" E "a period is now stated" NONE;
    "data" "retention" "any" R "the retention rule changed in a way that cannot be compared; read whether it is longer" A13_2A;
    "data" "required" "any" M "whether providing the data is required, and so what refusing it costs" A13_2E;
    // Bases.
    "basis" "(block)" "renamed" E "the same basis under a new id" NONE;
    "basis" "(block)" "any" E "a basis declaration is added or removed (what each purpose rests on is compared on the purpose)" NONE;
    "basis" "(label)" "any" R "the wording of the basis" A13_1C;
    "basis" "ground" "any" M "the legal basis changed (the rights that apply change with it)" "GDPR Art. 6(1), 13(1)(c), 17(1), 20(1), 21(1)";
    "basis" "interest" "any" R "the legitimate interest, in the policy's words" A13_1D;
    "basis" "consent-by" "to continued-use" M "consent is now inferred from continued use" CONSENT;
    "basis" "consent-by" "to pre-ticked" M "consent is now taken by a pre-ticked box" "GDPR Art. 4(11), 7; CJEU C-673/17 Planet49";
    "basis" "consent-by" "any" E "how consent is given" NONE;
    "basis" "covers" "more" M "the basis now covers more purposes" A13_1C;
    "basis" "covers" "any" R "what the basis covers" A13_1C;
    // Purposes.
    "purpose" "(block)" "added" M "data is used for a new purpose" A13_1C;
    "purpose" "(block)" "renamed" E "the same purpose under a new id" NONE;
    "purpose" "(block)" "any" E "data is no longer used for this purpose" NONE;
    "purpose" "(label)" "any" R "the wording of the purpose; read whether it names a new activity" A13_1C;
    "purpose" "uses" "more" M "the purpose uses more data" "GDPR Art. 5(1)(b)-(c), 13(1)(c), 13(3)";
    "purpose" "uses" "any" E "the purpose uses less data" NONE;
    "purpose" "basis" "any" M "the legal basis changed (the rights that apply change with it)" "GDPR Art. 6(1), 13(1)(c), 17(1), 20(1), 21(1)";
    "purpose" "interest" "stated" M "the purpose now rests on a legitimate interest" A13_1D;
    "purpose" "interest" "any" R "the legitimate interest, in the policy's words" A13_1D;
    "purpose" "condition" "any" M "the Art. 9(2) condition for special-category data" "GDPR Art. 9(2), 13(1)(c)";
    "purpose" "consent-by" "to continued-use" M "consent is now inferred from continued use" CONSENT;
    "purpose" "consent-by" "to pre-ticked" M "consent is now taken by a pre-ticked box" "GDPR Art. 4(11), 7; CJEU C-673/17 Planet49";
    "purpose" "consent-by" "any" E "how consent is given" NONE;
    "purpose" "only-with" "dropped" M "data once used only under one basis is now used under every basis of the purpose" A13_1C;
    "purpose" "only-with" "any" R "which data each of the purpose's bases covers" A13_1C;
    "purpose" "fides" "any" E "the Fides data use: an export classification, not a statement of the policy" NONE;
    // Recipients.
    "recipient" "(block)" "added" M "data goes to a new recipient" A13_1E;
    "recipient" "(block)" "renamed" E "the same recipient under a new id" NONE;
    "recipient" "(block)" "any" E "a recipient no longer receives data" NONE;
    "recipient" "(label)" "any" R "who the recipient is, in words" A13_1E;
    "recipient" "role" "to controller" M "the recipient now decides for itself what it does with the data" "GDPR Art. 4(7), 13(1)(e), 28";
    "recipient" "role" "to joint-controller" M "the recipient now decides with the controller" "GDPR Art. 26, 13(1)(e)";
    "recipient" "role" "to acquirer" M "data goes to a buyer of the business" A13_1E;
    "recipient" "role" "to authority" M "data goes to public authorities" A13_1E;
    "recipient" "role" "stated" E "the role is now stated" NONE;
    "recipient" "role" "any" R "the recipient's role" A13_1E;
    "recipient" "named" "more" M "another named party receives data" A13_1E;
    "recipient" "named" "any" E "a named party no longer receives data" NONE;
    "recipient" "receives" "more" M "the recipient receives more data" A13_1E;
    "recipient" "receives" "any" E "the recipient receives less data" NONE;
    "recipient" "purpose" "any" R "why the recipient receives data, in words" A13_1E;
    "recipient" "location" "more" M "the recipient is in another country too" A13_1F;
    "recipient" "location" "any" E "where the recipient is" NONE;
    "recipient" "sold" "yes" M "handing data to the recipient is now a sale" SALE;
    "recipient" "sold" "reworded" R "the policy's words on sale" SALE;
    "recipient" "sold" "any" E "no longer a sale, or the answer is stated" NONE;
    "recipient" "shared" "yes" M "handing data to the recipient is now sharing for cross-context advertising" SALE;
    "recipient" "shared" "reworded" R "the policy's words on sharing" SALE;
    "recipient" "shared" "any" E "no longer sharing, or the answer is stated" NONE;
    // Transfers.
    "transfer" "(block)" "added" M "data is transferred to another country" A13_1F;
    "transfer" "(block)" "renamed" E "the same transfer under a new id" NONE;
    "transfer" "(block)" "any" E "a transfer is no longer made" NONE;
    "transfer" "(label)" "any" R "the wording of the transfer" A13_1F;
    "transfer" "to" "more" M "data goes to another country" A13_1F;
    "transfer" "to" "any" E "data goes to fewer places" NONE;
    "transfer" "safeguard" "dropped" M "the safeguard is no longer stated" A13_1F;
    "transfer" "safeguard" "to none" M "the transfer no longer has a safeguard" "GDPR Art. 13(1)(f), 44, 46";
    "transfer" "safeguard" "to derogation" M "the transfer now rests on an Art. 49 derogation, meant for occasional transfers" "GDPR Art. 49(1); EDPB Guidelines 2/2018 on Art. 49";
    "transfer" "safeguard" "from adequacy" M "the destination no longer has an adequacy decision" "GDPR Art. 45, 46, 13(1)(f)";
    "transfer" "safeguard" "any" R "another safeguard" A13_1F;
    "transfer" "(for)" "more" M "the transfer now concerns people in more places" A13_1F;
    "transfer" "(for)" "any" R "the places the transfer is stated for" A13_1F;
    "transfer" "derogation" "any" M "the Art. 49 derogation relied on" "GDPR Art. 49(1)";
    "transfer" "copy" "dropped" M "how to get a copy of the safeguard is no longer said" A13_1F;
    "transfer" "copy" "any" R "how to get a copy of the safeguard, in words" A13_1F;
    "transfer" "data" "more" M "more data is transferred" A13_1F;
    "transfer" "data" "any" E "less data is transferred" NONE;
    "transfer" "consent-by" "to continued-use" M "consent to the transfer is now inferred from continued use" CONSENT;
    "transfer" "consent-by" "any" E "how consent to the transfer is given" NONE;
    "transfer" "statement" "any" R "the policy's words on the transfer" A13_1F;
    // Rights.
    "rights" "(block)" "removed" M "the rights are no longer stated" A13_2B;
    "rights" "(block)" "any" E "the rights are now stated" NONE;
    "rights" "request-via" "fewer" M "a way to send a request is withdrawn" "GDPR Art. 12(2); CCPA 1798.130(a)(1)";
    "rights" "request-via" "any" E "ways to send a request" NONE;
    "rights" "respond-within" "longer" M "requests are answered more slowly" "GDPR Art. 12(3); CCPA 1798.130(a)(2)";
    "rights" "respond-within" "dropped" R "the response time is no longer stated" "GDPR Art. 12(3)";
    "rights" "respond-within" "any" E "requests are answered sooner, or the time is stated" NONE;
    "rights" "verifies-identity" "yes" R "identity is now checked before answering; read how" "GDPR Art. 12(2), 12(6)";
    "rights" "verifies-identity" "any" E "whether identity is checked" NONE;
    "right" "(block)" "removed" M "a right is no longer offered" A13_2B;
    "right" "(block)" "any" E "a right is now offered" NONE;
    "right" "(kinds)" "fewer" M "a right is no longer offered" A13_2B;
    "right" "(kinds)" "any" E "another right is offered" NONE;
    "right" "(description)" "any" R "the description of the right" A13_2B;
    "right" "(for)" "fewer" M "the right is offered in fewer regions" A13_2B;
    "right" "(for)" "any" E "the regions the right is offered in" NONE;
    "right" "procedure" "any" R "how to use the right, or the conditions on it" A13_2B;
    "right" "verifies-identity" "yes" R "requests under this right are now verified; read whether the check burdens the right" "GDPR Art. 12(2), (6); 11 CCR 7060";
    "right" "verifies-identity" "any" E "whether requests under this right are verified" NONE;
    "right" "url" "dropped" M "the authority's website is no longer given" A13_2D;
    "right" "url" "any" E "the authority's website" NONE;
    "authority" "(block)" "removed" M "a supervisory authority is no longer named" A13_2D;
    "authority" "(block)" "any" E "a supervisory authority is now named" NONE;
    "authority" "(name)" "any" M "another supervisory authority is named" A13_2D;
    "authority" "(example)" "any" E "whether the authority is only an example" NONE;
    "authority" "(for)" "any" R "the region the authority serves" A13_2D;
    "authority" "url" "dropped" M "the authority's website is no longer given" A13_2D;
    "authority" "url" "any" E "the authority's website" NONE;
    // Children.
    "children" "(block)" "removed" R "the policy no longer says anything about children; read whether it still addresses them" "GDPR Art. 8, Recital 38; COPPA 16 CFR 312.4";
    "children" "(block)" "any" E "the policy now addresses children" NONE;
    "children" "minimum-age" "lower" M "younger children may now use the service" "GDPR Art. 8(1); COPPA 16 CFR 312.2";
    "children" "minimum-age" "dropped" M "no minimum age is stated any more" "GDPR Art. 8(1)";
    "children" "minimum-age" "any" E "the minimum age is higher, or now stated" NONE;
    "children" "directed" "yes" M "the service is now directed at children" "COPPA 15 U.S.C. 6502; GDPR Art. 8";
    "children" "directed" "any" E "whether the service is directed at children" NONE;
    "children" "parental-consent" "no" M "parental consent is no longer sought" "GDPR Art. 8(1)-(2); COPPA 16 CFR 312.5";
    "children" "parental-consent" "dropped" M "parental consent is no longer mentioned" "GDPR Art. 8(1)-(2); COPPA 16 CFR 312.5";
    "children" "parental-consent" "reworded" R "the policy's words on parental consent" "GDPR Art. 8(2)";
    "children" "parental-consent" "any" E "parental consent is sought" NONE;
    "children" "on-discovery" "any" R "what happens to a child's data collected by mistake" "COPPA 16 CFR 312.4";
    "children" "contact" "any" E "whom to tell" NONE;
    // Cookies and trackers: material by their purpose (non-essential needs consent, whoever sets it).
    "cookies" "(block)" "removed" R "the cookie section is gone; read whether cookies are still used" EPRIVACY;
    "cookies" "(block)" "any" E "the cookie section is new" NONE;
    "cookies" "consent" "to continued-use" M "consent to cookies is now inferred from continued use" CONSENT;
    "cookies" "consent" "to pre-ticked" M "consent to cookies is now taken by a pre-ticked box" "ePrivacy Directive Art. 5(3); CJEU C-673/17 Planet49";
    "cookies" "consent" "to browser-settings" M "consent to cookies is now read from browser settings" "ePrivacy Directive Art. 5(3); EDPB Guidelines 05/2020 on consent";
    "cookies" "consent" "dropped" M "how consent to cookies is obtained is no longer said" EPRIVACY;
    "cookies" "consent" "any" R "how consent to cookies is obtained" EPRIVACY;
    "cookies" "opt-out" "fewer" M "a way to refuse cookies is withdrawn" EPRIVACY;
    "cookies" "opt-out" "any" E "ways to refuse cookies" NONE;
    "cookies" "notice" "dropped" M "the separate cookie notice is no longer named" EPRIVACY;
    "cookies" "notice" "any" R "where the separate cookie notice is" EPRIVACY;
    "cookie" "(block)" "added non-essential" M "a new non-essential cookie (needs consent whoever sets it)" EPRIVACY;
    "cookie" "(block)" "added necessary" E "a new strictly necessary cookie" NONE;
    "cookie" "(block)" "added" R "a new cookie of no declared or known category; read what it does" EPRIVACY;
    "cookie" "(block)" "renamed" E "the same cookie under another name (same provider, category, lifetime and purpose)" NONE;
    "cookie" "(block)" "any" E "a cookie is no longer set" NONE;
    "cookie" "provider" "changed non-essential" M "a non-essential cookie now set by another party" EPRIVACY;
    "cookie" "provider" "any" E "who sets a strictly necessary cookie" NONE;
    "cookie" "party" "to third" M "the cookie is now set by a third party" EPRIVACY;
    "cookie" "party" "any" E "the party declared" NONE;
    "cookie" "category" "to non-essential" M "the cookie is now used for a non-essential purpose" EPRIVACY;
    "cookie" "category" "any" R "another non-essential category, or now necessary; read the purpose" EPRIVACY;
    "cookie" "lifetime" "longer" M "the cookie lives longer" "ePrivacy Directive Art. 5(3); GDPR Art. 13(2)(a)";
    "cookie" "lifetime" "shorter" E "the cookie lives less long" NONE;
    "cookie" "lifetime" "any" R "the lifetime changed in a way that cannot be compared" "GDPR Art. 13(2)(a)";
    "cookie" "purpose" "any" R "what the cookie is for, in words" EPRIVACY;
    "cookie" "domain" "any" R "the domain the cookie is set on" EPRIVACY;
    "tracker" "(block)" "added" M "a new tracking technology (needs consent unless strictly necessary)" "ePrivacy Directive Art. 5(3); EDPB Guidelines 2/2023";
    "tracker" "(block)" "renamed" E "the same tracker under a new id" NONE;
    "tracker" "(block)" "any" E "a tracker is no longer used" NONE;
    "tracker" "(label)" "any" R "what the tracker is, in words" EPRIVACY;
    "tracker" "kind" "to fingerprinting" M "the tracker now fingerprints devices" "ePrivacy Directive Art. 5(3); EDPB Guidelines 2/2023";
    "tracker" "kind" "any" R "another kind of tracker" EPRIVACY;
    "tracker" "provider" "any" M "another party provides the tracker" EPRIVACY;
    "tracker" "purpose" "any" R "why the tracker is used, in words" EPRIVACY;
    // Security and changes.
    "security" "(block)" "any" E "the security section" NONE;
    "security" "measures" "fewer" R "a security measure is no longer named; read whether protection is weaker" "GDPR Art. 32";
    "security" "measures" "any" E "security measures named" NONE;
    "security" "guarantee" "any" E "whether security is promised" NONE;
    "security" "breach-notification" "any" R "what happens after a breach, in words" "GDPR Art. 33, 34";
    "changes" "(block)" "any" E "how changes are made known" NONE;
    "changes" "notify-by" "fewer" M "people are told of changes in fewer ways" WP260;
    "changes" "notify-by" "any" E "people are told of changes in more ways" NONE;
    "changes" "acceptance-required" "no" M "significant changes no longer need acceptance" WP260;
    "changes" "acceptance-required" "any" E "whether changes need acceptance" NONE;
    "changes" "continued-use-is-consent" "yes" M "continued use now counts as consent to changes" CONSENT;
    "changes" "continued-use-is-consent" "any" E "continued use no longer counts as consent" NONE;
    "changes" "take-effect" "any" R "when changes take effect, in words" WP260;
    // Prose.
    "section" "(block)" "renamed" E "the same section under a new id" NONE;
    "section" "(block)" "any" R "a prose section is added or removed; read it" "GDPR Art. 12(1)";
    "section" "(label)" "any" E "the heading" NONE;
    "section" "topic" "any" E "where the section is placed" NONE;
    "section" "after" "any" E "where the section is placed" NONE;
    "section" "(for)" "any" R "the regions the section applies to" "GDPR Art. 12(1)";
    "section" "text" "any" R "the prose changed; only its words say whether the practice did" "GDPR Art. 12(1)";
}

/// The blocks whose statements are those of a party (`party` rows apply to all three).
pub const PARTIES: &[&str] = &["controller", "dpo", "representative"];

/// The rules for a `(block, field)`, with the party rows standing in for the parties' shared fields.
pub fn rules_for(block: &str, field: &str) -> Vec<&'static Rule> {
    let own: Vec<&Rule> = RULES
        .iter()
        .filter(|r| r.block == block && r.field == field)
        .collect();
    if own.iter().any(|r| r.change == "any") || !PARTIES.contains(&block) {
        return own;
    }
    let mut out = own;
    out.extend(
        RULES
            .iter()
            .filter(|r| r.block == "party" && r.field == field),
    );
    out
}

/// The decision for a change in these directions: the most serious of the
/// rows naming one of them, else the `any` row.
pub fn decide(block: &str, field: &str, directions: &[String]) -> Option<&'static Rule> {
    let rules = rules_for(block, field);
    let specific = rules
        .iter()
        .filter(|r| directions.iter().any(|d| d == r.change))
        .min_by_key(|r| r.class);
    specific
        .or_else(|| rules.iter().find(|r| r.change == "any"))
        .copied()
}

/// The table as docs/diff.md shows it.
pub fn markdown() -> String {
    let mut out = String::from(
        "| block | statement | change | class | why | source |\n|---|---|---|---|---|---|\n",
    );
    for r in RULES {
        let class = match r.class {
            Class::Material => "material",
            Class::Review => "review",
            Class::Editorial => "editorial",
        };
        out.push_str(&format!(
            "| `{}` | `{}` | {} | {} | {} | {} |\n",
            r.block, r.field, r.change, class, r.reason, r.source
        ));
    }
    out
}
