#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Plain supervisor for devices without a usable systemd: runs the app's current release with the
# Bramble launcher, restarts it according to the release's restart policy, and keeps the files in
# run/ that bramble-device reads for status and health checks:
#   supervisor.pid  this process        app.pid     the running app (absent between starts)
#   starts          starts since launch last_exit   exit code of the previous run
#   state           running | restarting | stopped | gave-up
# Usage (by bramble-device only): supervise.sh APP_DIR LAUNCHER
set -u

app=$1
launcher=$2
run=$app/run
log=$app/log/app.log
child=""

note() {
    printf '%s [bramble-supervisor] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >>"$log"
}

conf() { # conf KEY DEFAULT: a value from the current release's release.conf
    v=$(sed -n "s/^$1=//p" "$app/current/release.conf" 2>/dev/null | head -n 1)
    printf '%s' "${v:-$2}"
}

stop() {
    trap '' TERM INT HUP
    if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
        kill -TERM "$child" 2>/dev/null
        i=0
        # Give the app 10 s to run its exit handlers, as systemd's default stop timeout does (90 s
        # there; a Pi app that needs more than 10 s to stop is rare and the deploy is waiting).
        while kill -0 "$child" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
        kill -KILL "$child" 2>/dev/null
    fi
    note "stopped"
    echo stopped >"$run/state"
    rm -f "$run/app.pid" "$run/supervisor.pid"
    exit 0
}

mkdir -p "$run" "$(dirname "$log")"
# Keep one old log: the supervisor has no journald to rotate for it.
if [ -f "$log" ] && [ "$(wc -c <"$log")" -gt 1048576 ]; then mv -f "$log" "$log.1"; fi
echo $$ >"$run/supervisor.pid"
trap stop TERM INT HUP

starts=0
window_start=$(date +%s)
window_fails=0
while :; do
    release=$(basename "$(readlink "$app/current")")
    restart=$(conf restart on-failure)
    restart_sec=$(conf restart_sec 2)
    [ "$(conf watchdog 0)" = 0 ] || note "watchdogSec is enforced only under systemd; ignored here"

    set --
    while IFS= read -r arg; do set -- "$@" "$arg"; done <"$app/current/launch"

    starts=$((starts + 1))
    echo "$starts" >"$run/starts"
    echo running >"$run/state"
    (
        cd "$app/current/app" || exit 127
        if [ -f "$app/shared/env" ]; then
            # systemd EnvironmentFile syntax (KEY=VALUE lines); export each line without
            # evaluating it, so a value is never run as shell code.
            while IFS= read -r line || [ -n "$line" ]; do
                case $line in '' | '#'* | ';'*) continue ;; esac
                key=${line%%=*}
                case $key in '' | [0-9]* | *[!A-Za-z0-9_]*) continue ;; esac
                # shellcheck disable=SC2163 # exporting NAME=VALUE as one word is the point
                export "$line"
            done <"$app/shared/env"
        fi
        exec "$launcher" "$@"
    ) </dev/null >>"$log" 2>&1 &
    child=$!
    echo "$child" >"$run/app.pid"
    note "started release $release (pid $child)"

    wait "$child"
    rc=$?
    child=""
    rm -f "$run/app.pid"
    echo "$rc" >"$run/last_exit"
    note "release $release exited with code $rc"

    case $restart in
        always) ;;
        on-failure) if [ "$rc" = 0 ]; then echo stopped >"$run/state"; rm -f "$run/supervisor.pid"; exit 0; fi ;;
        *) echo stopped >"$run/state"; rm -f "$run/supervisor.pid"; exit 0 ;;
    esac

    # Same start limit as the generated systemd unit: 5 failures within 60 s and we stop trying.
    now=$(date +%s)
    if [ $((now - window_start)) -gt 60 ]; then window_start=$now; window_fails=0; fi
    window_fails=$((window_fails + 1))
    if [ "$window_fails" -ge 5 ]; then
        note "gave up: $window_fails failures within 60 s"
        echo gave-up >"$run/state"
        rm -f "$run/supervisor.pid"
        exit 1
    fi
    echo restarting >"$run/state"
    note "restarting in ${restart_sec}s"
    sleep "$restart_sec" &
    child=$!
    wait "$child"
    child=""
done
