#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The test command (README, .ci/run): installs the Debian packages the tests use when they are
# missing (as root, with apt-get), selects a JDK 25, then builds and runs every test with Maven.
# Extra arguments go to Maven, e.g. ./test.sh -pl runtime.
set -e
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
. runtime/src/main/sh/find-jdk.sh
bramble_find_java || exit 1
JAVA_HOME=${BRAMBLE_JAVA%/bin/java}
export JAVA_HOME

missing=""
for pkg in $(grep -v '^#' .ci/apt-packages); do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing$missing" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
  else
    # The tests that need them fail and name what is missing; nothing is skipped.
    echo "test.sh: missing Debian packages:$missing (install them: sudo apt-get install$missing)" >&2
  fi
fi
exec ./mvnw -B -ntp verify "$@"
