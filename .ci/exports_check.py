#!/usr/bin/env python3
"""The exports of `policyc build`, read by the tools that consume them.

For every bundled policy (policies/*.policy), builds `json` (the reference:
the published model), `jsonld`, `fides` and `ropa`, then:

- JSON-LD: pyld expands it and turns it into RDF (no network: any remote
  context is refused); the triples must state the controller, each purpose's
  legal bases (DPV class and DPV-GDPR Art. 6(1) term) and its data categories.
- Fides: the YAML is loaded into fideslang's own pydantic models
  (`fideslang.models.Taxonomy`), one declaration per purpose, and every key
  must exist in fideslang's default taxonomy.
- Record of processing: the CSV is read back with Python's csv module; one row
  per purpose, in order, with its label, controller and data categories.

Usage: exports_check.py [POLICYC_BIN]. Without pyld or fideslang (no venv),
it skips with a message, unless CI=true, where it fails.
"""

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

try:
    from pyld import jsonld
    import yaml
    from fideslang.models import Taxonomy
    from fideslang.default_taxonomy import DEFAULT_TAXONOMY
except ImportError as e:  # pragma: no cover - depends on the machine
    if os.environ.get("CI") == "true":
        print(f"exports check: {e}; CI installs pyld and fideslang (.ci/run)", file=sys.stderr)
        sys.exit(1)
    print(f"exports check SKIPPED: {e} (create the venv as .ci/run does: "
          "python3 -m venv .ci/exports/.venv && .ci/exports/.venv/bin/pip install -r .ci/exports/requirements.txt)")
    sys.exit(0)

DPV = "https://w3id.org/dpv#"
GDPR = "https://w3id.org/dpv/legal/eu/gdpr#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Art. 6(1) ground -> (DPV class, DPV-GDPR class), as docs/exports.md states it.
GROUNDS = {
    "consent": ("Consent", "A6-1-a"),
    "contract": ("Contract", "A6-1-b"),
    "legal-obligation": ("LegalObligation", "A6-1-c"),
    "vital-interests": ("VitalInterest", "A6-1-d"),
    "public-task": ("PublicInterest", "A6-1-e"),
    "legitimate-interests": ("LegitimateInterest", "A6-1-f"),
}


def no_remote(url, options=None):
    raise RuntimeError(f"the JSON-LD asked to fetch {url}; its context must be inline")


jsonld.set_document_loader(no_remote)


class Failures(list):
    def check(self, ok, what):
        if not ok:
            self.append(what)


def grounds_of(model, purpose):
    """The grounds a purpose rests on: its own, then its bases'."""
    bases = {b["id"]: b for b in model["bases"]}
    out = list(purpose["grounds"])
    out += [bases[b]["ground"] for b in purpose["bases"] if b in bases]
    return out


def data_of(model, purpose):
    if purpose["uses_all"]:
        return [d["id"] for d in model["data"]]
    return list(dict.fromkeys(purpose["uses"]))


def check_jsonld(path, model, fail):
    doc = json.loads(path.read_text())
    expanded = jsonld.expand(doc)
    fail.check(len(expanded) > 0, f"{path.name}: expands to nothing")
    quads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    triples = set()
    for line in quads.splitlines():
        # <s> <p> <o> .  or  _:b <p> "literal" .
        s, p, rest = line.split(" ", 2)
        o = rest.rsplit(" ", 1)[0]
        triples.add((s, p, o))
    iri = lambda t: f"<{t}>"
    subjects_of = lambda p, o: {s for (s, pp, oo) in triples if pp == p and oo == o}
    objects_of = lambda s, p: {o for (ss, pp, o) in triples if ss == s and pp == p}

    controller = model["controller"]
    if controller:
        named = subjects_of(iri(DPV + "hasName"), json.dumps(controller["name"], ensure_ascii=False))
        ctrl = [s for s in named if iri(DPV + "DataController") in objects_of(s, RDF_TYPE_IRI)]
        fail.check(len(ctrl) == 1, f"{path.name}: no dpv:DataController named {controller['name']!r}")
    for regional in model["regional_controllers"]:
        named = subjects_of(iri(DPV + "hasName"), json.dumps(regional["name"], ensure_ascii=False))
        ctrl = [s for s in named if iri(DPV + "DataController") in objects_of(s, RDF_TYPE_IRI)]
        fail.check(len(ctrl) == 1 and objects_of(ctrl[0], iri(DPV + "hasJurisdiction")),
                   f"{path.name}: no dpv:DataController named {regional['name']!r} with its places")
    processes = subjects_of(RDF_TYPE_IRI, iri(DPV + "Process"))
    fail.check(len(processes) == len(model["purposes"]),
               f"{path.name}: {len(processes)} dpv:Process for {len(model['purposes'])} purposes")
    for purpose in model["purposes"]:
        proc = [p for p in processes if p.endswith(f"#process-{purpose['id']}>")]
        if not proc:
            fail.append(f"{path.name}: no process for purpose {purpose['id']}")
            continue
        proc = proc[0]
        labels = {o for pnode in objects_of(proc, iri(DPV + "hasPurpose"))
                  for o in objects_of(pnode, iri(RDFS_LABEL))}
        fail.check(json.dumps(purpose["label"], ensure_ascii=False) in labels,
                   f"{path.name}: purpose {purpose['id']} has no label {purpose['label']!r}")
        if controller:
            fail.check(len(objects_of(proc, iri(DPV + "hasDataController"))) == 1,
                       f"{path.name}: process {purpose['id']} names no controller")
        # A basis that holds everywhere, together and without condition is a
        # term on the process; one among alternatives, with a condition or for
        # some places is a node of its own (a blank node) typed with its terms,
        # labelled with the policy's words, with its places (docs/exports.md).
        bases = objects_of(proc, iri(DPV + "hasLegalBasis"))
        direct = {b for b in bases if b.startswith("<")}
        nodes = [b for b in bases if b.startswith("_:")]
        node_terms = {t for b in nodes for t in objects_of(b, RDF_TYPE_IRI)}
        node_labels = [label for b in nodes for label in objects_of(b, iri(RDFS_LABEL))]
        grounds = grounds_of(model, purpose)
        for g in grounds:
            if g["kind"] == "article-6":
                dpv_class, gdpr_class = GROUNDS[g["value"]]
                for term in (iri(DPV + dpv_class), iri(GDPR + gdpr_class)):
                    fail.check(term in direct | node_terms,
                               f"{path.name}: {purpose['id']} lacks legal basis {term}")
            else:
                words = json.dumps(g["value"], ensure_ascii=False)[1:-1]
                fail.check(any(words in label for label in node_labels),
                           f"{path.name}: {purpose['id']} lacks its basis in words {g['value']!r}")
        # Nothing more than the source: the terms are exactly those of its
        # Art. 6(1) grounds (plus dpv:LegalBasis for words), every node is
        # labelled, and a node stands only for a stated basis.
        expected_iris = {iri(ns + t) for g in grounds if g["kind"] == "article-6"
                         for ns, t in zip((DPV, GDPR), GROUNDS[g["value"]])}
        fail.check(direct | (node_terms - {iri(DPV + "LegalBasis")}) == expected_iris,
                   f"{path.name}: {purpose['id']} legal bases {sorted(direct | node_terms)} != {sorted(expected_iris)}")
        fail.check(all(objects_of(b, iri(RDFS_LABEL)) for b in nodes),
                   f"{path.name}: {purpose['id']} has a legal basis node with no label")
        stated = sum(len(a["grounds"]) + len(a["bases"]) for a in purpose["alternatives"])
        fail.check(len(nodes) <= stated + len(purpose["bases"]),
                   f"{path.name}: {purpose['id']} states more bases than the source")
        # A basis for some places carries them.
        for a in purpose["alternatives"]:
            if a["scope"] and (a["grounds"] or a["bases"]):
                fail.check(any(objects_of(b, iri(DPV + "hasJurisdiction")) or
                               objects_of(b, iri(DPV + "hasApplicableLaw")) for b in nodes),
                           f"{path.name}: {purpose['id']} drops the places of its bases")
        data = objects_of(proc, iri(DPV + "hasPersonalData"))
        expected = {d for d in data_of(model, purpose)}
        got = {o.rsplit("#data-", 1)[-1].rstrip(">") for o in data}
        fail.check(got == expected, f"{path.name}: {purpose['id']} data {sorted(got)} != {sorted(expected)}")
        labels_of = {x["id"]: x["label"] for x in model["data"]}
        for d in data:
            fail.check(iri(DPV + "PersonalData") in objects_of(d, RDF_TYPE_IRI),
                       f"{path.name}: {d} is not typed dpv:PersonalData")
            did = d.rsplit("#data-", 1)[-1].rstrip(">")
            fail.check(json.dumps(labels_of.get(did), ensure_ascii=False) in objects_of(d, iri(RDFS_LABEL)),
                       f"{path.name}: {d} does not carry its label")
    return len(triples)


RDF_TYPE_IRI = f"<{RDF_TYPE}>"


def check_fides(path, model, fail):
    manifest = yaml.safe_load(path.read_text())
    taxonomy = Taxonomy(**manifest)  # fideslang's own validation (pydantic)
    fail.check(len(taxonomy.system) == 1, f"{path.name}: {len(taxonomy.system)} systems")
    system = taxonomy.system[0]
    decls = system.privacy_declarations
    fail.check(len(decls) == len(model["purposes"]),
               f"{path.name}: {len(decls)} declarations for {len(model['purposes'])} purposes")
    fail.check(sorted(d.name for d in decls) == sorted(p["label"] for p in model["purposes"]),
               f"{path.name}: declaration names are not the purpose labels")
    known = {
        "data_category": {c.fides_key for c in DEFAULT_TAXONOMY.data_category},
        "data_use": {u.fides_key for u in DEFAULT_TAXONOMY.data_use},
        "data_subject": {s.fides_key for s in DEFAULT_TAXONOMY.data_subject},
    }
    for d in decls:
        fail.check(d.data_use in known["data_use"], f"{path.name}: unknown data use {d.data_use}")
        for c in d.data_categories:
            fail.check(c in known["data_category"], f"{path.name}: unknown data category {c}")
        for s in d.data_subjects:
            fail.check(s in known["data_subject"], f"{path.name}: unknown data subject {s}")
    if model["controller"]:
        fail.check(system.legal_name == model["controller"]["name"], f"{path.name}: legal_name")
    return len(decls)


def check_ropa(path, model, fail):
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fail.check([r["purpose_id"] for r in rows] == [p["id"] for p in model["purposes"]],
               f"{path.name}: rows are not one per purpose, in order")
    labels = {d["id"]: d["label"] for d in model["data"]}
    # The controller for everywhere, then those for some places only with their places.
    names = [model["controller"]["name"]] if model["controller"] else []
    names += [f'{c["name"]} (for {", ".join(sorted(c["scope"]))})' for c in model["regional_controllers"]]
    controller = "; ".join(names) or "not stated"
    for row, purpose in zip(rows, model["purposes"]):
        fail.check(row["purpose"] == purpose["label"], f"{path.name}: {purpose['id']} label")
        fail.check(row["controller"] == controller, f"{path.name}: {purpose['id']} controller")
        expected = [labels[d] for d in data_of(model, purpose)]
        fail.check(row["personal_data"] == ("; ".join(expected) or "not stated"),
                   f"{path.name}: {purpose['id']} personal data {row['personal_data']!r}")
        for column in ("data_subjects", "recipients", "transfers", "retention", "security_measures"):
            fail.check(row[column] != "", f"{path.name}: {purpose['id']} {column} is empty, not 'not stated'")
    return len(rows)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
        "POLICYC_BIN", str(ROOT / "target" / "debug" / "policyc"))
    fail = Failures()
    policies = sorted((ROOT / "policies").glob("*.policy"))
    if not policies:
        print("exports check: no bundled policies found", file=sys.stderr)
        sys.exit(1)
    with tempfile.TemporaryDirectory() as out:
        for policy in policies:
            subprocess.run([binary, "build", "--format", "json,jsonld,fides,ropa", "-o", out, str(policy)],
                           check=True, stderr=subprocess.DEVNULL)
            stem = policy.stem
            model = json.loads((Path(out) / f"{stem}.json").read_text())
            n_triples = check_jsonld(Path(out) / f"{stem}.jsonld", model, fail)
            n_decls = check_fides(Path(out) / f"{stem}.fides.yml", model, fail)
            n_rows = check_ropa(Path(out) / f"{stem}.ropa.csv", model, fail)
            print(f"{policy.name}: {len(model['purposes'])} purposes; JSON-LD {n_triples} triples (pyld); "
                  f"Fides {n_decls} declarations (fideslang Taxonomy); CSV {n_rows} rows")
    for f in fail:
        print(f"FAIL {f}", file=sys.stderr)
    if fail:
        sys.exit(1)
    print(f"exports check: {len(policies)} policies OK")


if __name__ == "__main__":
    main()
