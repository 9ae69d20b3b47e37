#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml with the real pre-commit: `pre-commit try-repo`
# on a scratch repository, which makes pre-commit build policyc from this
# repository (language: rust → cargo install) and run its hooks.
#
# Every try-repo run installs the hooks afresh (a release build), so there is
# one run, over three files, and the verdict is read per file:
#   good.policy      formatted and clean: neither hook reports it;
#   messy.policy     clean but not formatted: policyc-fmt fails on it alone;
#   no-basis.policy  formatted, a deny-level finding: policyc-check fails on it alone.
# pre-commit comes from PyPI into a venv under a temporary directory.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==4.7.0"
# The hooks file and the example configuration are what pre-commit accepts.
"$work/venv/bin/pre-commit" validate-manifest "$repo/.pre-commit-hooks.yaml"
"$work/venv/bin/pre-commit" validate-config "$repo/examples/ci/pre-commit-config.yaml"
echo "ok: pre-commit validate-manifest .pre-commit-hooks.yaml, validate-config examples/ci/pre-commit-config.yaml"
# A fresh pre-commit cache, so the hook environment really is built here.
export PRE_COMMIT_HOME="$work/pre-commit-home"
# pre-commit's `cargo install` honours CARGO_TARGET_DIR: point it at this
# repository's target/ so that the dependencies compiled by the release build
# earlier in CI are reused. policyc itself is still built from pre-commit's clone.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"

scratch="$work/scratch"
mkdir -p "$scratch"
cd "$scratch"
git init -q
cp "$repo/examples/minimal.policy" good.policy
printf 'today: 2026-11-29\n' > policyc.yaml
sed 's/^  uses email$/      uses    email/' good.policy > messy.policy
sed '/basis consent/d; /consent-by opt-in/d' good.policy > no-basis.policy
# The edits took (otherwise the test would prove nothing).
for f in messy.policy no-basis.policy; do
  if cmp -s good.policy "$f"; then echo "FAILED: $f is the same as good.policy"; exit 1; fi
done
git add good.policy messy.policy no-basis.policy policyc.yaml

log="$work/try-repo.log"
code=0
t0=$(date +%s)
"$work/venv/bin/pre-commit" try-repo "$repo" --all-files --verbose --color never > "$log" 2>&1 || code=$?
echo "pre-commit try-repo: exit $code in $(( $(date +%s) - t0 ))s (building the hooks included)"

# The output of one hook: from its "name....Result" line to the next hook's.
section() { awk -v h="$1" 'index($0, h ".") == 1 {on = 1} on && index($0, h ".") != 1 && /\.\.\.\.(Passed|Failed)$/ {on = 0} on' "$log"; }
fmt_out=$(section "policyc fmt --check")
check_out=$(section "policyc check")

passed=0
failed=0
expect() { # DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok: $what"
  else
    failed=$((failed + 1))
    echo "FAILED: $what"
  fi
}
has() { grep -qF -- "$2" <<<"$1"; }
lacks() { ! grep -qF -- "$2" <<<"$1"; }

expect "try-repo exits 1" test "$code" = 1
expect "policyc-fmt ran and failed" grep -Eq '^policyc fmt --check\.+Failed$' "$log"
expect "policyc-check ran and failed" grep -Eq '^policyc check\.+Failed$' "$log"
expect "fmt: messy.policy is not formatted" has "$fmt_out" "--- messy.policy"
expect "fmt: only one file is not formatted" has "$fmt_out" "1 file is not formatted; run \`policyc fmt\`"
expect "fmt: good.policy passes" lacks "$fmt_out" "good.policy"
expect "fmt: no-basis.policy passes" lacks "$fmt_out" "no-basis.policy"
expect "check: no-basis.policy has the finding" has "$check_out" "[no-basis.policy:"
expect "check: the finding is purpose-without-legal-basis" has "$check_out" "purpose-without-legal-basis"
expect "check: three files, one error" has "$check_out" "checked 3 files: 1 error, 0 warnings"
expect "check: good.policy passes" lacks "$check_out" "good.policy"
expect "check: messy.policy passes" lacks "$check_out" "messy.policy"

if [ "$failed" != 0 ]; then
  echo "--- pre-commit try-repo output:"
  sed 's/^/    /' "$log"
fi
echo "pre-commit: $passed passed, $failed failed"
[ "$failed" = 0 ]
