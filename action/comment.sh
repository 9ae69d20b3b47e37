#!/usr/bin/env bash
# Posts the Markdown of action/diff.sh as a pull-request comment for the
# GitHub Action (action.yml): one comment per pull request, found again by a
# marker and updated on each push rather than added again.
#
# Environment: POLICYC_PR (the pull request number), POLICYC_COMMENT_BODY
# (the Markdown file), GITHUB_REPOSITORY, RUNNER_TEMP, GH_TOKEN for gh.
set -euo pipefail

marker='<!-- policyc diff -->'
comment="$RUNNER_TEMP/policyc-comment.md"
{ echo "$marker"; cat "$POLICYC_COMMENT_BODY"; } > "$comment"
id=$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$POLICYC_PR/comments" \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | tail -n 1)
if [ -n "$id" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$comment" > /dev/null
  echo "updated the policyc comment $id on pull request $POLICYC_PR"
else
  gh pr comment "$POLICYC_PR" --repo "$GITHUB_REPOSITORY" --body-file "$comment"
fi
