#!/usr/bin/env bash
# Installs what Passerelle's commands need and is missing: the npm packages
# (npm ci, when node_modules is absent or older than package-lock.json), and
# Debian's browsers named as arguments (chromium, firefox-esr). As root it
# installs them with apt-get; otherwise it says what to install and fails.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "== npm ci (node_modules missing or out of date)"
  npm ci
fi

missing=()
for wanted in "$@"; do
  case "$wanted" in
    chromium)
      # A Chrome found on the machine will do (test/harness/chromium.ts looks for it).
      if [[ -z "${PASSERELLE_CHROMIUM:-}" ]] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null \
        && ! command -v google-chrome-stable >/dev/null && ! command -v google-chrome >/dev/null; then
        missing+=(chromium)
      fi ;;
    firefox-esr)
      if [[ -z "${PASSERELLE_FIREFOX:-}" ]] && ! command -v firefox-esr >/dev/null && ! command -v firefox >/dev/null; then
        missing+=(firefox-esr)
      fi ;;
    *) echo "install.sh: unknown browser $wanted" >&2; exit 2 ;;
  esac
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "== apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}"
  else
    echo "Missing browser(s): ${missing[*]}." >&2
    echo "Install them, e.g. on Debian: sudo apt-get install ${missing[*]}" >&2
    echo "(or point PASSERELLE_CHROMIUM / PASSERELLE_FIREFOX at a Chrome / Firefox binary)." >&2
    exit 1
  fi
fi
