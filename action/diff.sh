#!/usr/bin/env bash
# `policyc diff --format markdown` for the GitHub Action (action.yml): what
# each .policy file changed since its merge base with BASE, in legal terms, as one Markdown file
# for a pull-request comment. Runs at the repository root (REV:path is
# root-relative). Sets the step outputs `markdown-file`, `changed` (true when
# there is anything to say) and `exit-code` (1 when POLICYC_FAIL_ON is set and
# a change of that class was found, 2 on error).
#
# New, deleted and renamed policy files are named as such (a renamed file is
# compared with its old version); names with spaces pass whole.
#
# Environment: POLICYC_BASE (a commit or ref), POLICYC_FAIL_ON ("", "material",
# "review" or "any"), POLICYC_DIFF_OUT (the Markdown file), GITHUB_OUTPUT;
# GITHUB_REPOSITORY and GITHUB_SERVER_URL, when set, link each file:line.
set -euo pipefail

base="${POLICYC_BASE:?POLICYC_BASE: the commit to compare with}"
out="${POLICYC_DIFF_OUT:?POLICYC_DIFF_OUT: where to write the Markdown}"
cd "$(git rev-parse --show-toplevel)"
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
  echo "::error title=policyc diff::the base $base is not in this clone; check out with fetch-depth: 0"
  echo "exit-code=2" >> "$GITHUB_OUTPUT"
  exit 0
fi

# Compare with the merge base: on a pull request's merge commit that is the
# base itself; on a checkout of the branch it leaves out what the base gained since.
base=$(git merge-base "$base" HEAD)

fail_on=()
if [ -n "${POLICYC_FAIL_ON:-}" ]; then fail_on=(--fail-on "$POLICYC_FAIL_ON"); fi

# Links to the lines of both versions, when run by GitHub.
links=()
if [ -n "${GITHUB_REPOSITORY:-}" ]; then
  blob="${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY/blob"
  links=(--link-base "$blob/$(git rev-parse HEAD)" --old-link-base "$blob/$base")
fi

: > "$out"
code=0
# A file name in Markdown code: a backtick in it would end the code span.
name() { printf '%s' "${1//\`/\'}"; }
# NUL-separated status and paths, renames detected: names with spaces, quotes or
# newlines pass whole; a renamed policy is compared with its old self.
# shellcheck disable=SC2016 # the backticks in the printf formats are Markdown
while IFS= read -r -d '' status; do
  old=""
  case "$status" in
    R* | C*) IFS= read -r -d '' old; IFS= read -r -d '' f ;;
    *) IFS= read -r -d '' f ;;
  esac
  case "$status" in
    D)
      printf '### `%s`\n\nThis policy file was deleted.\n\n' "$(name "$f")" >> "$out" ;;
    A)
      printf '### `%s`\n\nA new policy file.\n\n' "$(name "$f")" >> "$out" ;;
    *)
      from="${old:-$f}"
      if [ -n "$old" ]; then
        printf '### `%s` (renamed from `%s`)\n\n' "$(name "$f")" "$(name "$old")" >> "$out"
      fi
      c=0
      policyc diff --format markdown "${links[@]}" "${fail_on[@]}" "$base:$from" "$f" >> "$out" || c=$?
      echo >> "$out"
      if [ "$c" -gt "$code" ]; then code=$c; fi ;;
  esac
done < <(git diff -z --name-status -M "$base" -- '*.policy')

changed=false
if [ -s "$out" ]; then changed=true; fi
{
  echo "markdown-file=$out"
  echo "changed=$changed"
  echo "exit-code=$code"
} >> "$GITHUB_OUTPUT"
echo "policyc diff against $base: changed=$changed, exit $code"
