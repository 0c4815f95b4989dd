#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# What users install, checked the way they use it (Maven runs this at integration-test):
# - the tarball, unpacked into a fresh folder, runs a program with the optimizing JIT on;
# - the .deb, installed by dpkg itself into a scratch root (--root, no root rights needed), has
#   bramble on PATH's /usr/bin, runs its postinst (bramble-prepare: runtime image + AOT cache), runs a
#   program from the installed tree with the JIT on, and removes everything it made on `dpkg -r`.
# The JDK is the one the build used (JAVA_HOME); the .deb's dependency on a JDK package is forced,
# since the build machine's JDK need not come from a package.
# Usage: package-test.sh <dist/target> <version>
set -eu
target=$1
version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset BRAMBLE_HOME BRAMBLE_CLASSPATH BRAMBLE_JVM BRAMBLE_AOT_OUTPUT
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }

cat >"$tmp/app.js" <<'JS'
const os = require('os');
setTimeout(() => console.log('hello from', process.release.name, typeof os.cpus().length), 1);
JS
want="hello from node number"

check_runs() { # $1 = launcher, $2 = what it is
  out=$("$1" --version) || fail "$2: --version failed"
  echo "$out" | grep -q '^jit: on' || fail "$2: the JIT is not on: $out"
  got=$(cd "$tmp" && "$1" app.js) || fail "$2: app.js failed"
  [ "$got" = "$want" ] || fail "$2: app.js printed '$got', not '$want'"
  echo "package-test: $2 runs, $(echo "$out" | grep '^jit:')"
}

# The tarball, unpacked anywhere.
mkdir "$tmp/tar"
tar -xzf "$target/bramble-$version.tar.gz" -C "$tmp/tar"
[ -x "$tmp/tar/bramble-$version/bin/bramble" ] || fail "the tarball has no bramble-$version/bin/bramble"
[ ! -e "$tmp/tar/bramble-$version/jvm" ] || fail "the tarball carries a machine-specific jvm/"
check_runs "$tmp/tar/bramble-$version/bin/bramble" "unpacked tarball"

# The .deb, through dpkg.
deb=$(ls "$target"/bramble_*_all.deb)
[ "$(dpkg-deb -f "$deb" Architecture)" = all ] || fail "the .deb is not arch all"
dpkg-deb -f "$deb" Depends | grep -q 'openjdk-25' || fail "the .deb does not depend on a Java 25 package"
root=$tmp/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: >"$root/var/lib/dpkg/status"
dpkg="dpkg --root=$root --force-not-root --force-script-chrootless --log=/dev/null"
$dpkg --force-depends -i "$deb" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i failed"; }
[ "$(readlink "$root/usr/bin/bramble")" = /usr/lib/bramble/bin/bramble ] || fail "no /usr/bin/bramble link"
$dpkg -s bramble | grep -q '^Status: install ok installed' || fail "dpkg does not list bramble as installed"
check_runs "$root/usr/lib/bramble/bin/bramble" "installed .deb"
if command -v jlink >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/jlink" ]; then
  [ -x "$root/usr/lib/bramble/jvm/bin/java" ] || { cat "$tmp/dpkg.log" >&2; fail "postinst did not prepare a runtime image"; }
fi
$dpkg -r bramble >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -r failed"; }
[ ! -e "$root/usr/lib/bramble" ] || fail "dpkg -r left $(find "$root/usr/lib/bramble" | head -n 5)"
[ ! -e "$root/usr/bin/bramble" ] || fail "dpkg -r left /usr/bin/bramble"
echo "package-test: .deb installs, runs and removes cleanly"
