#!/usr/bin/env bash
# Fetches CPython 3.14 from Debian's unstable suite ("sid") with apt-get download,
# using private apt state so the machine's own configuration is untouched, and
# unpacks it (with the newer libc it needs) into the directory given as $1.
set -euo pipefail
root=${1:?usage: bootstrap-python.sh DEST}
work="$root.work"
rm -rf "$work" "$root"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs" "$root"

# The archive URI the machine already uses for Debian itself.
uri=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  u=$(awk '/^URIs:/ {for (i=2;i<=NF;i++) print $i}' "$f" | grep -v security | head -n1 || true)
  if [ -n "$u" ]; then uri=$u; break; fi
done
if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
  uri=$(awk '$1=="deb" {for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list | grep -v security | head -n1 || true)
fi
if [ -z "$uri" ]; then
  echo "bootstrap-python: cannot find a Debian archive URI in /etc/apt/sources*" >&2
  echo "bootstrap-python: install CPython 3.14 yourself and set PYTHON314=/path/to/python3.14" >&2
  exit 1
fi
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || { echo "bootstrap-python: $keyring missing (apt-get install debian-archive-keyring)" >&2; exit 1; }
echo "deb [signed-by=$keyring] $uri sid main" > "$work/sources.list"

apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
          -o Dir::State::status=/dev/null -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
echo "bootstrap-python: fetching the sid package list from $uri" >&2
apt-get "${apt_opts[@]}" -q update >&2
pkgs="python3.14-minimal libpython3.14-minimal libpython3.14-stdlib libc6 libgcc-s1
      libexpat1 zlib1g libssl3t64 libffi8 libbz2-1.0 liblzma5 libzstd1 libsqlite3-0
      libncursesw6 libtinfo6 libreadline8t64 libuuid1 libmpdec4"
echo "bootstrap-python: downloading $(echo $pkgs | wc -w) packages" >&2
for p in $pkgs; do
  if ! (cd "$work/debs" && apt-get "${apt_opts[@]}" -q download "$p" >&2); then
    case $p in libmpdec4|libuuid1|libreadline8t64|libncursesw6) echo "bootstrap-python: optional $p not found" >&2 ;;
      *) echo "bootstrap-python: could not download $p" >&2; exit 1 ;;
    esac
  fi
done
for d in "$work"/debs/*.deb; do dpkg -x "$d" "$root"; done
libdir="$root/usr/lib/x86_64-linux-gnu"
# libc6 puts the loader in /usr/lib64 or /lib64 in some versions; keep one next to the libs.
if [ ! -e "$libdir/ld-linux-x86-64.so.2" ]; then
  for c in "$root/usr/lib64/ld-linux-x86-64.so.2" "$root/lib64/ld-linux-x86-64.so.2"; do
    [ -e "$c" ] && { cp -L "$c" "$libdir/"; break; }
  done
fi
"$libdir/ld-linux-x86-64.so.2" --library-path "$libdir" "$root/usr/bin/python3.14" -c 'import sys; assert sys.version_info[:2] == (3, 14)' \
  || { echo "bootstrap-python: the unpacked python3.14 does not run" >&2; exit 1; }
rm -rf "$work"
touch "$root/.complete"
echo "bootstrap-python: CPython $("$libdir/ld-linux-x86-64.so.2" --library-path "$libdir" "$root/usr/bin/python3.14" -c 'import sys; print(sys.version.split()[0])') ready in $root" >&2
