#!/usr/bin/env bash
# Runs the GitHub Action's scripts (action/*.sh, called by action.yml) the way
# a runner would, with a fake runner environment and the release binary of
# this repository (target/release/policyc, built earlier in CI):
#   install.sh  a dist-style archive with a good checksum installs it; a bad
#               checksum falls back to `cargo install --locked` of the action's
#               source (cargo is a recording stub here: no second build);
#   check.sh    annotations, SARIF and the exit code of a failing policy;
#   diff.sh     the Markdown of a material change against the merge base, and
#               fail-on;
#   diff.sh     also new, deleted and renamed files, names with spaces, links;
#   comment.sh  a new comment, or the earlier one (found by its marker) updated,
#               also when nothing is left to say; gh is a recording stub.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="${POLICYC_BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/policyc}"
[ -x "$bin" ] || { echo "no release binary at $bin (run cargo build --release first)"; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
expect() { # DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAILED: $what"; fi
}
has() { grep -qF -- "$2" "$1"; }
runner() { # a fresh fake runner: RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_PATH
  export RUNNER_TEMP="$work/$1" GITHUB_OUTPUT="$work/$1/output" GITHUB_PATH="$work/$1/path"
  export RUNNER_OS=Linux RUNNER_ARCH=X64 GITHUB_ACTION_PATH="$repo"
  mkdir -p "$RUNNER_TEMP"
  : > "$GITHUB_OUTPUT"
  : > "$GITHUB_PATH"
}

# --- install.sh
# A release as dist lays it out: policyc-TARGET.tar.xz holding policyc-TARGET/policyc, and its .sha256.
release="$work/release"
mkdir -p "$release/policyc-x86_64-unknown-linux-gnu"
cp "$bin" "$release/policyc-x86_64-unknown-linux-gnu/policyc"
tar -cJf "$release/policyc-x86_64-unknown-linux-gnu.tar.xz" -C "$release" policyc-x86_64-unknown-linux-gnu
(cd "$release" && sha256sum policyc-x86_64-unknown-linux-gnu.tar.xz > policyc-x86_64-unknown-linux-gnu.tar.xz.sha256)
# A cargo that records its arguments instead of building.
mkdir -p "$work/stub"
cat > "$work/stub/cargo" <<'STUB'
#!/usr/bin/env bash
echo "$*" > "$STUB_LOG"
STUB
chmod +x "$work/stub/cargo"

runner install-ok
STUB_LOG="$work/cargo-ok.log" PATH="$work/stub:$PATH" POLICYC_VERSION=0.1.0 POLICYC_REPOSITORY=policyc/policyc \
  POLICYC_DOWNLOAD_BASE="file://$release" bash "$repo/action/install.sh" > "$work/install-ok.log" 2>&1 || true
expect "install: the release binary runs" "$RUNNER_TEMP/policyc/bin/policyc" --version
expect "install: its directory is on GITHUB_PATH" has "$GITHUB_PATH" "$RUNNER_TEMP/policyc/bin"
expect "install: no cargo build" test ! -e "$work/cargo-ok.log"

runner install-bad-sum
printf '%064d  policyc-x86_64-unknown-linux-gnu.tar.xz\n' 0 > "$release/policyc-x86_64-unknown-linux-gnu.tar.xz.sha256"
STUB_LOG="$work/cargo-bad.log" PATH="$work/stub:$PATH" POLICYC_VERSION=latest POLICYC_REPOSITORY=policyc/policyc \
  POLICYC_DOWNLOAD_BASE="file://$release" bash "$repo/action/install.sh" > "$work/install-bad.log" 2>&1 || true
expect "install: a checksum mismatch is reported" has "$work/install-bad.log" "checksum mismatch"
expect "install: then it builds from the action's source" has "$work/cargo-bad.log" "install --locked --path $repo --root $RUNNER_TEMP/policyc"
expect "install: and warns that it did" has "$work/install-bad.log" "::warning title=policyc::"

# --- check.sh and diff.sh on a scratch repository.
bin_dir="$(dirname "$bin")"
export PATH="$bin_dir:$PATH"
scratch="$work/scratch"
mkdir -p "$scratch/policies"
cd "$scratch"
git init -q -b main
git_c() { git -c user.name=ci -c user.email=ci@example.org "$@"; }
cp "$repo/examples/minimal.policy" policies/site.policy
printf 'today: 2026-11-29\n' > policyc.yaml
git add . && git_c commit -qm base
git_c checkout -qb change
# A material change (a new recipient of the e-mail address) and a deny-level finding (no legal basis).
sed -i '/basis consent/d; /consent-by opt-in/d' policies/site.policy
cat >> policies/site.policy <<'POLICY'

recipient ads "An advertising network" {
  role controller
  named "Example Ads Ltd"
  receives email
  purpose "advertising"
  location fr
}
POLICY
git add . && git_c commit -qm change

runner check
POLICYC_FILES="policies/*.policy" POLICYC_ANNOTATIONS=true POLICYC_SARIF=out.sarif \
  bash "$repo/action/check.sh" > "$work/check.out" 2> "$work/check.err"
expect "check: exit code 1 is an output, not a failure" has "$GITHUB_OUTPUT" "exit-code=1"
expect "check: an ::error annotation for the finding" grep -q '^::error file=policies/site.policy,.*purpose-without-legal-basis' "$work/check.out"
expect "check: the SARIF path is absolute" has "$GITHUB_OUTPUT" "sarif-file=$scratch/out.sarif"
expect "check: the SARIF names the rule" python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
assert s["version"] == "2.1.0"
assert any(r["ruleId"] == "purpose-without-legal-basis" for r in s["runs"][0]["results"])' out.sarif

runner check-clean
POLICYC_FILES="" POLICYC_ARGS="-A purpose-without-legal-basis" POLICYC_SARIF="" \
  bash "$repo/action/check.sh" > "$work/check-clean.out" 2>&1
expect "check: args reach policyc (-A silences the rule): exit 0" has "$GITHUB_OUTPUT" "exit-code=0"
expect "check: no SARIF when sarif is empty" test ! -e out.sarif -o "$(grep -c sarif-file "$GITHUB_OUTPUT")" = 0

runner diff
POLICYC_BASE=main POLICYC_DIFF_OUT="$RUNNER_TEMP/diff.md" bash "$repo/action/diff.sh" > "$work/diff.log" 2>&1
expect "diff: changed=true" has "$GITHUB_OUTPUT" "changed=true"
expect "diff: exit 0 without fail-on" has "$GITHUB_OUTPUT" "exit-code=0"
# shellcheck disable=SC2016 # the backticks are Markdown
expect "diff: the Markdown names the new recipient" has "$RUNNER_TEMP/diff.md" 'recipient `ads` added'
expect "diff: the Markdown calls it material" grep -qi "material" "$RUNNER_TEMP/diff.md"

# New, deleted and renamed policy files, names with spaces.
git_c checkout -qb files
cp "$repo/examples/minimal.policy" "policies/new one.policy"
git mv policies/site.policy "policies/the site.policy"
sed -i 's/location fr/location fr, de/' "policies/the site.policy"
git add . && git_c commit -qm files
runner diff-files
GITHUB_REPOSITORY=o/r POLICYC_BASE=change POLICYC_DIFF_OUT="$RUNNER_TEMP/diff.md" bash "$repo/action/diff.sh" > "$work/diff-files.log" 2>&1
# shellcheck disable=SC2016 # the backticks are Markdown
expect "diff: a new file with a space in its name" has "$RUNNER_TEMP/diff.md" '### `policies/new one.policy`'
# shellcheck disable=SC2016 # the backticks are Markdown
expect "diff: a renamed file is named with its old name" has "$RUNNER_TEMP/diff.md" '(renamed from `policies/site.policy`)'
expect "diff: and compared with its old version" has "$RUNNER_TEMP/diff.md" 'location changed'
expect "diff: lines link to GitHub, the space encoded" has "$RUNNER_TEMP/diff.md" 'https://github.com/o/r/blob/'
expect "diff: the space in a linked path is encoded" has "$RUNNER_TEMP/diff.md" 'policies/the%20site.policy#L'
git rm -q "policies/new one.policy" && git_c commit -qm delete
runner diff-deleted
POLICYC_BASE=HEAD~1 POLICYC_DIFF_OUT="$RUNNER_TEMP/diff.md" bash "$repo/action/diff.sh" > "$work/diff-deleted.log" 2>&1
expect "diff: a deleted file" has "$RUNNER_TEMP/diff.md" 'This policy file was deleted.'
git_c checkout -q change
runner diff-fail-on
POLICYC_BASE=main POLICYC_FAIL_ON=material POLICYC_DIFF_OUT="$RUNNER_TEMP/diff.md" bash "$repo/action/diff.sh" > "$work/diff-fail.log" 2>&1
expect "diff: fail-on material gives exit-code 1" has "$GITHUB_OUTPUT" "exit-code=1"

runner diff-none
POLICYC_BASE=HEAD POLICYC_DIFF_OUT="$RUNNER_TEMP/diff.md" bash "$repo/action/diff.sh" > "$work/diff-none.log" 2>&1
expect "diff: nothing changed since HEAD: changed=false" has "$GITHUB_OUTPUT" "changed=false"

# --- comment.sh, with a gh that answers from a file and records its calls.
cat > "$work/stub/gh" <<'STUB'
#!/usr/bin/env bash
echo "gh $*" >> "$GH_LOG"
if [ "$1 $2" = "api --paginate" ]; then cat "$GH_COMMENTS"; fi
STUB
chmod +x "$work/stub/gh"
printf 'Some **changes**\n' > "$work/body.md"
runner comment-new
printf '' > "$work/comments-none"
GH_LOG="$work/gh-new.log" GH_COMMENTS="$work/comments-none" PATH="$work/stub:$PATH" GITHUB_REPOSITORY=o/r POLICYC_PR=7 \
  POLICYC_COMMENT_BODY="$work/body.md" bash "$repo/action/comment.sh" > "$work/comment-new.out" 2>&1
expect "comment: none yet: gh pr comment 7" grep -q '^gh pr comment 7 --repo o/r --body-file' "$work/gh-new.log"
expect "comment: the body starts with the marker" test "$(head -n 1 "$RUNNER_TEMP/policyc-comment.md")" = '<!-- policyc diff -->'
expect "comment: then the Markdown" has "$RUNNER_TEMP/policyc-comment.md" "Some **changes**"
runner comment-again
printf '12345\n' > "$work/comments-one"
GH_LOG="$work/gh-again.log" GH_COMMENTS="$work/comments-one" PATH="$work/stub:$PATH" GITHUB_REPOSITORY=o/r POLICYC_PR=7 \
  POLICYC_COMMENT_BODY="$work/body.md" bash "$repo/action/comment.sh" > "$work/comment-again.out" 2>&1
expect "comment: found again: PATCH comment 12345" grep -q '^gh api --method PATCH repos/o/r/issues/comments/12345 -F body=@' "$work/gh-again.log"
expect "comment: and no second comment" bash -c "! grep -q 'pr comment' '$work/gh-again.log'"

runner comment-nothing-left
GH_LOG="$work/gh-left.log" GH_COMMENTS="$work/comments-one" PATH="$work/stub:$PATH" GITHUB_REPOSITORY=o/r POLICYC_PR=7 \
  POLICYC_COMMENT_BODY="" bash "$repo/action/comment.sh" > "$work/comment-left.out" 2>&1
expect "comment: nothing left to say: the earlier comment says so" grep -q '^gh api --method PATCH repos/o/r/issues/comments/12345' "$work/gh-left.log"
expect "comment: and keeps its marker" test "$(head -n 1 "$RUNNER_TEMP/policyc-comment.md")" = '<!-- policyc diff -->'
runner comment-nothing-ever
GH_LOG="$work/gh-never.log" GH_COMMENTS="$work/comments-none" PATH="$work/stub:$PATH" GITHUB_REPOSITORY=o/r POLICYC_PR=7 \
  POLICYC_COMMENT_BODY="" bash "$repo/action/comment.sh" > "$work/comment-never.out" 2>&1
expect "comment: nothing to say and no comment: none is added" bash -c "! grep -q 'pr comment' '$work/gh-never.log'"
if [ "$failed" != 0 ]; then
  for f in "$work"/*.log "$work"/*.out "$work"/*.err; do [ -e "$f" ] && { echo "--- $f"; sed 's/^/    /' "$f"; }; done
fi
echo "action: $passed passed, $failed failed"
[ "$failed" = 0 ]
