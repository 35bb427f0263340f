#!/usr/bin/env bash
# Fetches the Dear ImGui 1.90.1 sources from Debian's source package (trixie) into third_party/,
# without touching the system's apt configuration, and refuses them unless the checksum matches.
set -euo pipefail

version=1.90.1
tarball=imgui_${version}+ds.orig.tar.xz
sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
top=$(cd "$(dirname "$0")/.." && pwd)
dest=$top/third_party/imgui-$version
[ -f "$dest/imgui.cpp" ] && exit 0

work=$top/third_party/.apt
mkdir -p "$work/lists/partial" "$work/download"
# Same mirror as the machine's own Debian source, suite trixie, sources only.
uri=$( { sed -nE 's/^URIs:[[:space:]]*([^[:space:]]+).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null
          sed -nE 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' /etc/apt/sources.list 2>/dev/null; } \
        | grep -v security | grep -E '/debian/?$' | head -n 1 || true)
[ -n "$uri" ] || { echo "fetch-imgui: no Debian apt source found on this machine" >&2; exit 1; }
echo "deb-src $uri trixie main" > "$work/sources.list"
apt_opts=(-o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
          -o Dir::State::Lists="$work/lists" -o APT::Sandbox::User=root)
echo "fetch-imgui: downloading Dear ImGui $version source package"
apt-get "${apt_opts[@]}" update -qq
(cd "$work/download" && apt-get "${apt_opts[@]}" source --download-only -qq "imgui=${version}+ds-1")

actual=$(sha256sum "$work/download/$tarball" | cut -d' ' -f1)
if [ "$actual" != "$sha256" ]; then
  echo "fetch-imgui: checksum mismatch for $tarball: got $actual, expected $sha256; refusing to build" >&2
  exit 1
fi
mkdir -p "$dest.tmp"
tar -xJf "$work/download/$tarball" -C "$dest.tmp" --strip-components=1
rm -rf "$dest" && mv "$dest.tmp" "$dest"
rm -rf "$work"
echo "fetch-imgui: Dear ImGui $version in third_party/ (sha256 verified)"
