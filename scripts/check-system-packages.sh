#!/usr/bin/env bash
# Installs the Debian packages Glaneur builds against when they are missing (needs root or sudo).
set -euo pipefail
missing=()
for package in libicu-dev libxml2-dev zlib1g-dev; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update
  $sudo_cmd apt-get install -y "${missing[@]}"
fi
command -v swift >/dev/null || { echo "swift is not on PATH: install a Swift 6 toolchain first" >&2; exit 1; }
