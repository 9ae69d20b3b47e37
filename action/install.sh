#!/usr/bin/env bash
# Installs policyc for the GitHub Action (action.yml): the release archive that
# `dist` built for this runner, checked against its .sha256, or, when there is
# none (no release yet, another platform, version "source"), `cargo install
# --locked` of the action's own source. Puts the binary's directory on GITHUB_PATH.
#
# Environment: POLICYC_VERSION ("latest", "0.1.0"/"v0.1.0", or "source"),
# POLICYC_REPOSITORY (owner/name of the releases), RUNNER_OS, RUNNER_ARCH,
# RUNNER_TEMP, GITHUB_ACTION_PATH, GITHUB_PATH; POLICYC_DOWNLOAD_BASE overrides
# the download address (tests).
set -euo pipefail

version="${POLICYC_VERSION:-latest}"
root="$RUNNER_TEMP/policyc"
mkdir -p "$root/bin"

release_target() {
  case "${RUNNER_OS}-${RUNNER_ARCH}" in
    Linux-X64) echo x86_64-unknown-linux-gnu ;;
    Linux-ARM64) echo aarch64-unknown-linux-gnu ;;
    macOS-X64) echo x86_64-apple-darwin ;;
    macOS-ARM64) echo aarch64-apple-darwin ;;
    Windows-X64) echo x86_64-pc-windows-msvc ;;
    *) return 1 ;;
  esac
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

install_release() {
  local target archive base exe tmp want got
  target=$(release_target) || { echo "no policyc release is built for ${RUNNER_OS}-${RUNNER_ARCH}"; return 1; }
  if [ "$version" = latest ]; then
    base="https://github.com/$POLICYC_REPOSITORY/releases/latest/download"
  else
    base="https://github.com/$POLICYC_REPOSITORY/releases/download/v${version#v}"
  fi
  base="${POLICYC_DOWNLOAD_BASE:-$base}"
  case "$target" in
    *windows*) archive="policyc-$target.zip" exe=policyc.exe ;;
    *) archive="policyc-$target.tar.xz" exe=policyc ;;
  esac
  tmp=$(mktemp -d "$RUNNER_TEMP/policyc-download.XXXXXX")
  echo "downloading $base/$archive"
  curl --fail --silent --show-error --location --retry 3 -o "$tmp/$archive" "$base/$archive" || return 1
  curl --fail --silent --show-error --location --retry 3 -o "$tmp/$archive.sha256" "$base/$archive.sha256" || return 1
  want=$(cut -d' ' -f1 < "$tmp/$archive.sha256")
  got=$(sha256_of "$tmp/$archive")
  if [ "$want" != "$got" ]; then
    echo "checksum mismatch for $archive: expected $want, got $got"
    return 1
  fi
  case "$archive" in
    *.zip)
      if command -v unzip >/dev/null 2>&1; then
        unzip -q -o "$tmp/$archive" -d "$tmp/x"
      else
        powershell -NoProfile -Command "Expand-Archive -Force -Path '$tmp/$archive' -DestinationPath '$tmp/x'"
      fi
      ;;
    *) mkdir -p "$tmp/x" && tar -xJf "$tmp/$archive" -C "$tmp/x" ;;
  esac
  # dist's archives hold policyc-TARGET/policyc.
  find "$tmp/x" -type f -name "$exe" -exec cp {} "$root/bin/$exe" \;
  [ -f "$root/bin/$exe" ] || { echo "$archive holds no $exe"; return 1; }
  chmod +x "$root/bin/$exe"
}

install_source() {
  if ! command -v cargo >/dev/null 2>&1; then
    echo "::error title=policyc::cannot build policyc from source: no cargo on this runner (add a Rust toolchain step, e.g. dtolnay/rust-toolchain@stable)"
    return 1
  fi
  echo "building policyc from $GITHUB_ACTION_PATH with cargo install --locked"
  cargo install --locked --path "$GITHUB_ACTION_PATH" --root "$root"
}

if [ "$version" = source ]; then
  install_source
elif ! install_release; then
  echo "::warning title=policyc::no policyc release binary for version '$version' on ${RUNNER_OS}-${RUNNER_ARCH}; building from source instead (slower)"
  install_source
fi

echo "$root/bin" >> "$GITHUB_PATH"
"$root/bin/policyc" --version
