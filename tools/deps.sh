#!/usr/bin/env bash
# Installs what building and testing cipy need, with apt-get (Debian 12).
# Quiet and quick when everything is present; runs `apt-get update` only
# when something has to be installed.  Without root or apt-get it prints
# what to install and fails if a required package is missing.
#   tools/deps.sh --fuzz   clang and its sanitizer and libFuzzer runtimes
#                          become required (make fuzz)
set -euo pipefail

# libtsan2: gcc's ThreadSanitizer runtime (make thread-test-tsan, in CI).
# tzdata: the time zone files zoneinfo reads (/usr/share/zoneinfo).
required=(build-essential make pkg-config libgmp-dev libmpfr-dev libpcre2-dev libutf8proc-dev
          zlib1g-dev libbz2-dev libssl-dev ca-certificates debian-archive-keyring libtsan2 tzdata)
# Sanitizer runtimes for clang and valgrind: useful, not needed for `make test`.
optional=(clang libclang-rt-14-dev valgrind)
if [ "${1:-}" = "--fuzz" ]; then
  required+=(clang libclang-rt-14-dev)
  optional=(valgrind)
fi

say() { echo "deps: $*" >&2; }

# Without dpkg we cannot ask; fall back to checking the tools and headers.
have_pkg() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}
have_functional() {
  local ok=0
  for c in cc make pkg-config; do command -v "$c" >/dev/null 2>&1 || { say "missing command: $c"; ok=1; }; done
  for h in gmp.h mpfr.h pcre2.h utf8proc.h zlib.h bzlib.h openssl/ssl.h; do
    echo "#include <$h>" | cc -E -x c - >/dev/null 2>&1 || { say "missing header: $h"; ok=1; }
  done
  [ -d /usr/share/zoneinfo ] || { say "missing time zone files: /usr/share/zoneinfo"; ok=1; }
  return $ok
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  if have_functional; then exit 0; fi
  say "this is not a Debian system; install a C compiler, make, pkg-config and the"
  say "development files of GMP, MPFR, PCRE2, utf8proc, zlib, libbz2 and OpenSSL, and the tz database"
  say "(/usr/share/zoneinfo), then run make again"
  exit 1
fi

missing_req=(); missing_opt=()
for p in "${required[@]}"; do have_pkg "$p" || missing_req+=("$p"); done
for p in "${optional[@]}"; do have_pkg "$p" || missing_opt+=("$p"); done
[ ${#missing_req[@]} -eq 0 ] && [ ${#missing_opt[@]} -eq 0 ] && exit 0

# Who can install: root directly, or sudo without a password prompt.
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else sudo=(none); fi
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "${sudo[0]:-}" = none ]; then
  if [ ${#missing_req[@]} -gt 0 ]; then
    say "missing required packages: ${missing_req[*]}"
    say "install them as root with:  apt-get update && apt-get install -y ${missing_req[*]} ${missing_opt[*]}"
    exit 1
  fi
  say "note: optional packages not installed: ${missing_opt[*]} (apt-get install ${missing_opt[*]})"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# apt's chatter goes to a log that is shown only when a step fails.
log=$(mktemp "${TMPDIR:-/tmp}/cipy-deps.XXXXXX")
trap 'rm -f "$log"' EXIT
quietly() { "$@" >"$log" 2>&1 || { cat "$log" >&2; say "failed: $*"; return 1; }; }
apt_install() { quietly "${sudo[@]}" apt-get install -y -q --no-install-recommends "$@"; }

if [ ${#missing_req[@]} -gt 0 ]; then
  say "installing: ${missing_req[*]} ${missing_opt[*]}"
  quietly "${sudo[@]}" apt-get update -q
  apt_install "${missing_req[@]}"
  for p in "${missing_req[@]}"; do
    have_pkg "$p" || { say "could not install $p"; exit 1; }
  done
  say "done"
fi
# Optional packages alone never trigger `apt-get update` (that would make
# every run slow where one is unavailable): install what the lists offer.
for p in "${missing_opt[@]}"; do
  cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')
  if [ -n "$cand" ] && [ "$cand" != "(none)" ]; then
    say "installing optional package $p"
    apt_install "$p" || say "note: optional package $p could not be installed"
  else
    say "note: optional package $p is not available here"
  fi
done
exit 0
