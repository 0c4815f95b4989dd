# shellcheck shell=bash
# shellcheck disable=SC2154 # output and status are set by bats' run
# SPDX-License-Identifier: Apache-2.0
# Shared by the bats suites. run-tests.sh exports T (the run's folder: ssh_config, known_hosts,
# client key, device homes dev1..dev3), DEPLOY, DEV1_PORT.., DOWN_PORT, and two times measured
# on this machine: T_HEALTH, a health window long enough to see the runtime crash at start, and
# T_WAIT, how long to wait for a started app's output.

# bramble-deploy as a user whose ssh config knows the devices. A 1 s health window is enough for
# apps that do not crash (the process must still be there); the crash test passes T_HEALTH.
deploy() { "$DEPLOY" --ssh-config "$T/ssh_config" --health-time 1 "$@"; }

# deploy_plain: without the default --health-time, for commands that do not take one.
deploy_plain() { "$DEPLOY" --ssh-config "$T/ssh_config" "$@"; }

home_of() { echo "$T/$1"; }
app_dir_on() { echo "$T/$1/.bramble/apps/$2"; }
current_release_on() { basename "$(readlink "$(app_dir_on "$1" "$2")/current")"; }
app_pid_on() { cat "$(app_dir_on "$1" "$2")/run/app.pid"; }
log_on() { echo "$(app_dir_on "$1" "$2")/log/app.log"; }

# write_app DIR NAME MAIN_JS: a Bramble program with a package.json declaring permissions.
write_app() {
    local dir=$1 name=$2 main=$3
    mkdir -p "$dir/assets"
    cat >"$dir/package.json" <<EOF
{
  "name": "$name",
  "version": "1.0.0",
  "main": "main.js",
  "bramble": {
    "permissions": {
      "read": true,
      "net": ["broker.local:1883", "api.example.com:443"],
      "gpio": [17, "GPIO27"],
      "env": ["GREETING"],
      "deny": {"write": ["/etc"]}
    },
    "deploy": {"restart": "on-failure", "restartSec": 1}
  }
}
EOF
    printf '%s\n' "$main" >"$dir/main.js"
    echo "# $name" >"$dir/README.md"
    # Enough data that sending it again would show in the transfer list.
    seq 1 20000 >"$dir/assets/table.txt"
}

alive_js() { echo "setInterval(() => console.log('$1 alive'), 300);"; }

# wait_for_new_line FILE TEXT [SECONDS]: true once TEXT appears in FILE after its current end.
wait_for_new_line() {
    local file=$1 text=$2 secs=${3:-$T_WAIT} start i
    start=$(wc -c <"$file" 2>/dev/null || echo 0)
    for ((i = 0; i < secs * 10; i++)); do
        if tail -c +"$((start + 1))" "$file" 2>/dev/null | grep -qF "$text"; then return 0; fi
        sleep 0.1
    done
    echo "no new line with '$text' in $file within ${secs}s; its end:" >&2
    tail -n 20 "$file" >&2 || true
    return 1
}

# The process is alive and runs in the release's folder.
assert_runs_release() { # DEVICE APP RELEASE
    local pid cwd
    pid=$(app_pid_on "$1" "$2")
    kill -0 "$pid"
    cwd=$(readlink "/proc/$pid/cwd")
    [[ $cwd == */releases/$3/app ]] || { echo "pid $pid runs in $cwd, not release $3" >&2; return 1; }
}

assert_output_has() {
    [[ $output == *"$1"* ]] || { echo "expected output to contain: $1" >&2; echo "output was:" >&2; echo "$output" >&2; return 1; }
}

assert_output_lacks() {
    [[ $output != *"$1"* ]] || { echo "expected output NOT to contain: $1" >&2; echo "$output" >&2; return 1; }
}

assert_status() {
    [[ -z ${BD_TEST_TRANSCRIPT:-} ]] || printf '=== %s\n%s\n' "$BATS_TEST_DESCRIPTION" "$output" >>"$BD_TEST_TRANSCRIPT"
    [[ $status == "$1" ]] || { echo "expected exit status $1, got $status; output:" >&2; echo "$output" >&2; return 1; }
}
