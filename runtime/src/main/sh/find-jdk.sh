# SPDX-License-Identifier: Apache-2.0
# Sourced by the launcher and the developer scripts: finds a JDK 25 or newer.
# Order: $JAVA_HOME, then `java` on PATH, then the JDKs installed under /usr/lib/jvm (read from each
# one's `release` file, so no path is hard-coded). Sets BRAMBLE_JAVA or prints why not and returns 1.

bramble_java_major() { # $1 = java binary; prints the feature version (17, 25, ...)
  # The JDK's release file answers without starting a JVM; ask the JVM only if there is none.
  real=$(readlink -f "$1" 2>/dev/null || echo "$1")
  release=${real%/bin/java}/release
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

bramble_find_java() {
  need=${BRAMBLE_JAVA_MIN:-25}
  found=""
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    v=$(bramble_java_major "$candidate")
    if [ -n "$v" ] && [ "$v" -ge "$need" ]; then BRAMBLE_JAVA=$candidate; return 0; fi
    found="$found $candidate (Java ${v:-unknown})"
  done
  for release in /usr/lib/jvm/*/release /opt/*/release; do
    [ -f "$release" ] || continue
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    home=${release%/release}
    if [ -n "$v" ] && [ "$v" -ge "$need" ] && [ -x "$home/bin/java" ]; then BRAMBLE_JAVA=$home/bin/java; return 0; fi
  done
  echo "bramble: needs Java $need or newer (a JDK $need, e.g. Temurin $need or Debian's openjdk-$need-jdk)." >&2
  if [ -n "$found" ]; then echo "bramble: found only:$found" >&2; else echo "bramble: found no Java at all (JAVA_HOME unset, no java on PATH)." >&2; fi
  echo "bramble: install a JDK $need and set JAVA_HOME to it, or put its bin/ first on PATH." >&2
  return 1
}
