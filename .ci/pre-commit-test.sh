#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml with the real pre-commit: `pre-commit try-repo`
# on a scratch repository, which makes pre-commit build policyc from this
# repository (language: rust → cargo install) and run its hooks.
#   1. a formatted, clean policy: both hooks pass;
#   2. plus a policy that is not formatted: policyc-fmt fails, policyc-check passes;
#   3. a formatted policy with a deny-level finding: policyc-check fails, policyc-fmt passes.
# pre-commit comes from PyPI into a venv under a temporary directory.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==4.7.0"
pre_commit="$work/venv/bin/pre-commit"
# A fresh pre-commit cache, so the hook environment really is built here.
export PRE_COMMIT_HOME="$work/pre-commit-home"
# pre-commit's `cargo install` honours CARGO_TARGET_DIR: point it at this
# repository's target/ so that the dependencies compiled by the release build
# earlier in CI are reused. policyc itself is still built from pre-commit's clone.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
git_quiet() { git -c init.defaultBranch=main -c user.name=ci -c user.email=ci@example.org "$@" >/dev/null; }

scratch="$work/scratch"
mkdir -p "$scratch"
cd "$scratch"
git_quiet init
cp "$repo/examples/minimal.policy" good.policy
printf 'today: 2026-11-29\n' > policyc.yaml
git_quiet add good.policy policyc.yaml

passed=0
failures=0
# try_repo NAME EXPECTED_EXIT FMT_RESULT CHECK_RESULT
try_repo() {
  local name=$1 want_code=$2 want_fmt=$3 want_check=$4 code=0 t0
  t0=$(date +%s)
  "$pre_commit" try-repo "$repo" --all-files --color never > "$work/$name.log" 2>&1 || code=$?
  local ok=1
  [ "$code" = "$want_code" ] || ok=0
  grep -Eq "^policyc fmt --check\.+$want_fmt\$" "$work/$name.log" || ok=0
  grep -Eq "^policyc check\.+$want_check\$" "$work/$name.log" || ok=0
  if [ "$ok" = 1 ]; then
    echo "ok: $name (exit $code; fmt $want_fmt, check $want_check; $(( $(date +%s) - t0 ))s)"
    passed=$((passed + 1))
  else
    echo "FAILED: $name: wanted exit $want_code, fmt $want_fmt, check $want_check; got exit $code:"
    sed 's/^/    /' "$work/$name.log"
    failures=$((failures + 1))
  fi
}

# The first run builds the hook environment (cargo install); the others reuse it.
try_repo good 0 Passed Passed

sed 's/^  uses email$/      uses    email/' good.policy > messy.policy
grep -q '^      uses    email$' messy.policy
git_quiet add messy.policy
try_repo unformatted 1 Failed Passed
git_quiet rm -q --cached messy.policy

sed '/basis consent/d; /consent-by opt-in/d' good.policy > no-basis.policy
git_quiet add no-basis.policy
try_repo deny-finding 1 Passed Failed
if grep -q "purpose-without-legal-basis" "$work/deny-finding.log"; then
  echo "ok: deny-finding names purpose-without-legal-basis"
  passed=$((passed + 1))
else
  echo "FAILED: deny-finding: the log does not name purpose-without-legal-basis"
  failures=$((failures + 1))
fi

echo "pre-commit: $passed passed, $failures failed"
[ "$failures" = 0 ]
