# SPDX-License-Identifier: Apache-2.0
# Sourced by the launcher and the developer scripts: finds a JDK 25 or newer (and sizes its heap).
# Order: $JAVA_HOME, then `java` on PATH, then the JDKs installed under /usr/lib/jvm (read from each
# one's `release` file, so no path is hard-coded). Sets BRAMBLE_JAVA or prints why not and returns 1.

bramble_java_major() { # $1 = java binary; prints the feature version (17, 25, ...)
  # The JDK's release file answers without starting a JVM; ask the JVM only if there is none.
  _bj_real=$(readlink -f "$1" 2>/dev/null || echo "$1")
  _bj_rel=${_bj_real%/bin/java}/release
  if [ -f "$_bj_rel" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$_bj_rel"
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

bramble_find_java() {
  _bj_need=${BRAMBLE_JAVA_MIN:-25}
  _bj_found=""
  for _bj_cand in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)"; do
    [ -n "$_bj_cand" ] && [ -x "$_bj_cand" ] || continue
    _bj_v=$(bramble_java_major "$_bj_cand")
    if [ -n "$_bj_v" ] && [ "$_bj_v" -ge "$_bj_need" ]; then BRAMBLE_JAVA=$_bj_cand; return 0; fi
    _bj_found="$_bj_found $_bj_cand (Java ${_bj_v:-unknown})"
  done
  for _bj_release in /usr/lib/jvm/*/release /opt/*/release; do
    [ -f "$_bj_release" ] || continue
    _bj_v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$_bj_release")
    _bj_home=${_bj_release%/release}
    if [ -n "$_bj_v" ] && [ "$_bj_v" -ge "$_bj_need" ] && [ -x "$_bj_home/bin/java" ]; then BRAMBLE_JAVA=$_bj_home/bin/java; return 0; fi
  done
  echo "bramble: needs Java $_bj_need or newer (a JDK $_bj_need, e.g. Temurin $_bj_need or Debian's openjdk-$_bj_need-jdk)." >&2
  if [ -n "$_bj_found" ]; then echo "bramble: found only:$_bj_found" >&2; else echo "bramble: found no Java at all (JAVA_HOME unset, no java on PATH)." >&2; fi
  echo "bramble: install a JDK $_bj_need and set JAVA_HOME to it, or put its bin/ first on PATH." >&2
  return 1
}

bramble_jdk_id() { # $1 = java binary; prints what identifies that JDK build (its real path and its release file)
  _bj_real=$(readlink -f "$1" 2>/dev/null || echo "$1")
  _bj_rel=${_bj_real%/bin/java}/release
  # "image-1": the layout bramble-prepare makes; a new layout makes older images stale.
  if [ -f "$_bj_rel" ]; then echo "image-1 $_bj_real $(cksum <"$_bj_rel")"; else echo "image-1 $_bj_real"; fi
}

# $1 = meminfo file, $2 = /proc/self/cgroup, $3 = the cgroup v2 mount; sets BRAMBLE_DEFAULT_HEAP to the
# -Xmx for this machine: a quarter (as the JVM's own default) of the memory the process may use, the
# board's or its cgroup's memory.max when lower (a systemd MemoryMax=, docker --memory), at most 256m.
# No fork: it runs at every start. That is 104m on a 512 MB Pi Zero 2 W (430 MB for Linux), where
# 256m of heap plus the JVM's own ~190 MB (code cache, metaspace, the Graal compiler, the mapped AOT
# cache) would leave the system nothing.
bramble_default_heap() {
  _bh_kb=""
  if [ -r "$1" ]; then
    while read -r _bh_key _bh_value _; do [ "$_bh_key" = MemTotal: ] && _bh_kb=$_bh_value; done <"$1"
  fi
  _bh_group=""
  if [ -r "$2" ]; then
    while read -r _bh_line; do case $_bh_line in 0::*) _bh_group=${_bh_line#0::} ;; esac; done <"$2"
  fi
  _bh_limit=""
  [ -n "$_bh_group" ] && [ -r "$3$_bh_group/memory.max" ] && read -r _bh_limit <"$3$_bh_group/memory.max"
  case $_bh_limit in
    '' | *[!0-9]*) ;; # absent, or "max"
    *) _bh_limit=$((_bh_limit / 1024))
       if [ -z "$_bh_kb" ] || [ "$_bh_limit" -lt "$_bh_kb" ]; then _bh_kb=$_bh_limit; fi ;;
  esac
  if [ -n "$_bh_kb" ] && [ "$_bh_kb" -lt 1048576 ]; then BRAMBLE_DEFAULT_HEAP=$((_bh_kb / 4096))m; else BRAMBLE_DEFAULT_HEAP=256m; fi
}
