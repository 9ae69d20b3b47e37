#!/usr/bin/env bash
# Posts the Markdown of action/diff.sh as a pull-request comment for the
# GitHub Action (action.yml): one comment per pull request, found again by a
# marker and updated on each push rather than added again; when a push leaves
# nothing to say (POLICYC_COMMENT_BODY empty or unset), the comment says so.
#
# Environment: POLICYC_PR (the pull request number), POLICYC_COMMENT_BODY
# (the Markdown file), GITHUB_REPOSITORY, RUNNER_TEMP, GH_TOKEN for gh.
set -euo pipefail

marker='<!-- policyc diff -->'
comment="$RUNNER_TEMP/policyc-comment.md"
body="${POLICYC_COMMENT_BODY:-}"
id=$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$POLICYC_PR/comments" \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | tail -n 1)
if [ -z "$body" ] || [ ! -s "$body" ]; then
  # Nothing to say now: an earlier comment must not stay as if it were current.
  if [ -n "$id" ]; then
    { echo "$marker"; echo "**Privacy policy changes**: none left in this pull request."; } > "$comment"
    gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$comment" > /dev/null
    echo "updated the policyc comment $id: no changes left"
  fi
  exit 0
fi
{ echo "$marker"; cat "$body"; } > "$comment"
if [ -n "$id" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$comment" > /dev/null
  echo "updated the policyc comment $id on pull request $POLICYC_PR"
else
  gh pr comment "$POLICYC_PR" --repo "$GITHUB_REPOSITORY" --body-file "$comment"
fi
