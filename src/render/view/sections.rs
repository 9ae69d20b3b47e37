//! The document's sections: the generated ones in topic order, the
//! writer's prose placed in or after them, rendered for the output format.

use serde::Serialize;

use super::purposes::shows_bases;
use super::rights::{california, california_only};
use super::Format;
use crate::model::*;
use crate::render::anchors::Anchors;
use crate::render::prose;
use crate::render::wording::*;
use crate::render::Trust;

/// A block of the writer's prose, rendered for the output format.
#[derive(Serialize)]
pub struct ProseView {
    /// The section id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Its heading.
    pub title: String,
    /// The rendered prose (HTML or Markdown).
    pub body: String,
    /// Where what it says applies, in words, when limited.
    pub region: Option<String>,
    /// The separate page that holds the rest of its topic.
    pub continues_at: Option<String>,
}

/// A section of the document: generated (`kind` is its topic) or the writer's (`kind` is `prose`).
#[derive(Serialize)]
pub struct SectionView {
    /// Its id.
    pub id: String,
    /// Its anchor.
    pub anchor: String,
    /// Its heading.
    pub title: String,
    /// The topic, or `prose`.
    pub kind: &'static str,
    /// The writer's prose placed in it.
    pub prose: Vec<ProseView>,
}

/// Whether the policy has something to say under a topic.
fn has(policy: &Policy, topic: Topic) -> bool {
    let st = &policy.statements;
    match topic {
        Topic::Introduction => true,
        Topic::Controller => {
            policy.controller.is_some()
                || !policy.regional_controllers.is_empty()
                || policy.dpos().next().is_some()
                || !policy.representatives.is_empty()
        }
        Topic::Data => {
            !policy.data.is_empty()
                || !st.collects_sensitive_data.is_empty()
                || !st.limits_sensitive_use.is_empty()
        }
        Topic::Purposes => {
            !policy.purposes.is_empty()
                || !policy.bases.is_empty()
                || !st.automated_decisions.is_empty()
        }
        Topic::Recipients => {
            !policy.recipients.is_empty()
                || policy.no_recipients
                || !st.sells_data.is_empty()
                || !st.shares_data.is_empty()
        }
        Topic::Transfers => !policy.transfers.is_empty(),
        Topic::Retention => {
            !policy.retention.is_empty()
                || policy.data.iter().any(|d| !d.retention.is_empty())
                || policy.purposes.iter().any(|p| !p.retention.is_empty())
        }
        Topic::Rights => {
            let r = &policy.rights;
            !r.rights.is_empty()
                || !r.request_via.is_empty()
                || !r.respond_within.is_empty()
                || !r.extended_within.is_empty()
                || r.verifies_identity.is_some()
                || r.identity_statement.is_some()
                || !r.notes.is_empty()
        }
        Topic::California => policy.rights.rights.iter().any(california_only),
        Topic::Cookies => policy.cookies.is_some() || !policy.trackers.is_empty(),
        Topic::Children => policy.children.is_some(),
        Topic::DoNotTrack => {
            !st.honors_do_not_track.is_empty()
                || !st.honors_gpc.is_empty()
                || !st.third_party_tracking.is_empty()
        }
        Topic::Security => policy.security.is_some(),
        Topic::Changes => policy.changes.is_some(),
        Topic::Contact => policy.controller.is_some() || !policy.regional_controllers.is_empty(),
    }
}

/// Renders one section's prose; its footnotes get document-wide unique ids.
fn render_prose(
    policy: &Policy,
    s: &Section,
    format: Format,
    trust: Trust,
    anchors: &mut Anchors,
) -> ProseView {
    let anchor = anchors.section(&s.id.value);
    let markdown = prose::section_markdown(policy, s, anchors);
    let mut labels: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut footnote_id = |label: &str| {
        labels
            .entry(label.to_string())
            .or_insert_with(|| anchors.fresh(&format!("{anchor}-fn-{}", slug(label))))
            .clone()
    };
    let mut options = prose::ProseOptions {
        allow_raw_html: trust.raw_html,
        allow_remote: trust.remote_resources,
        shift: 2,
        footnote_id: &mut footnote_id,
    };
    let body = match format {
        Format::Html => prose::to_html(&markdown, &mut options),
        Format::Markdown => prose::to_markdown(&markdown, &mut options),
    };
    ProseView {
        id: s.id.value.clone(),
        anchor,
        title: s.title.clone(),
        body,
        region: region(&s.scope),
        continues_at: s.continues_at.as_ref().map(|u| u.value.clone()),
    }
}

/// The document's sections, in order; anchors are taken for the writer's
/// sections and their footnotes as they are rendered.
pub(super) fn sections(
    policy: &Policy,
    format: Format,
    trust: Trust,
    anchors: &mut Anchors,
) -> Vec<SectionView> {
    let mut sections = Vec::new();
    for t in Topic::all() {
        let prose: Vec<ProseView> = policy
            .sections
            .iter()
            .filter(|s| s.topic == Some(t))
            .map(|s| render_prose(policy, s, format, trust, anchors))
            .collect();
        // A regime's section appears only where the policy declares the regime.
        let allowed = t != Topic::California || california(policy);
        if allowed && (has(policy, t) || !prose.is_empty()) {
            sections.push(SectionView {
                id: t.as_str().into(),
                anchor: t.as_str().into(),
                title: if t == Topic::Purposes && !shows_bases(policy) {
                    purposes_heading_without_bases()
                } else {
                    t.heading()
                },
                kind: t.as_str(),
                prose,
            });
        }
        // The writer's sections placed after this one, in source order.
        for s in policy.sections.iter().filter(|s| s.after == Some(t)) {
            let view = render_prose(policy, s, format, trust, anchors);
            sections.push(SectionView {
                id: s.id.value.clone(),
                anchor: view.anchor.clone(),
                title: s.title.clone(),
                kind: "prose",
                prose: vec![view],
            });
        }
    }
    for s in policy
        .sections
        .iter()
        .filter(|s| s.topic.is_none() && s.after.is_none())
    {
        let view = render_prose(policy, s, format, trust, anchors);
        sections.push(SectionView {
            id: s.id.value.clone(),
            anchor: view.anchor.clone(),
            title: s.title.clone(),
            kind: "prose",
            prose: vec![view],
        });
    }
    sections
}
