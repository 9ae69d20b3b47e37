#!/usr/bin/env bash
# `policyc check` for the GitHub Action (action.yml): findings as workflow
# annotations (--format github) and, when POLICYC_SARIF names a file, as SARIF.
# Never fails by itself: the exit code goes to the step output `exit-code`
# (0 clean, 1 deny-level findings, 2 the input could not be processed) and
# action.yml decides at the end, after SARIF and the diff comment are done.
#
# Environment: POLICYC_FILES (whitespace-separated paths or globs; empty for
# policies/*.policy), POLICYC_ARGS (extra check options), POLICYC_ANNOTATIONS
# ("true"/"false"), POLICYC_SARIF (a path or empty), GITHUB_OUTPUT.
set -euo pipefail

# Globs in POLICYC_FILES are for the shell to expand; options too are split on whitespace.
# shellcheck disable=SC2206
files=(${POLICYC_FILES:-})
# shellcheck disable=SC2206
args=(${POLICYC_ARGS:-})

code=0
if [ "${POLICYC_ANNOTATIONS:-true}" = true ]; then
  policyc check --format github "${args[@]}" "${files[@]}" || code=$?
  # The annotations are on stdout; the summary for the log is on stderr.
else
  policyc check "${args[@]}" "${files[@]}" || code=$?
fi

if [ -n "${POLICYC_SARIF:-}" ]; then
  sarif_code=0
  policyc check --format sarif "${args[@]}" "${files[@]}" > "$POLICYC_SARIF" 2>/dev/null || sarif_code=$?
  if [ "$sarif_code" -gt 1 ]; then
    echo "::warning title=policyc::the SARIF run exited $sarif_code; $POLICYC_SARIF may be incomplete"
  fi
  case "$POLICYC_SARIF" in
    /*) sarif_path="$POLICYC_SARIF" ;;
    *) sarif_path="$PWD/$POLICYC_SARIF" ;;
  esac
  echo "sarif-file=$sarif_path" >> "$GITHUB_OUTPUT"
fi
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
echo "policyc check exited $code"
