#!/usr/bin/env bash
# Installs the system packages the tests use when they are missing: Debian's Chromium (browser
# tests), redis-server (shared-store tests) and hunspell with its dictionaries (spelling tests). Runs before `npm test`; quick when all are present.
set -euo pipefail
need=()
command -v /usr/bin/chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v hunspell >/dev/null 2>&1 || need+=(hunspell)
[ -f /usr/share/hunspell/nb_NO.dic ] && [ -f /usr/share/hunspell/nn_NO.dic ] || need+=(hunspell-no)
[ -f /usr/share/hunspell/en_GB.dic ] || need+=(hunspell-en-gb)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "provision: missing ${need[*]} and cannot install them here (need root and apt-get); the tests that use them will fail." >&2
  exit 0
fi
echo "provision: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
