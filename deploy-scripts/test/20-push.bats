#!/usr/bin/env bats
# SPDX-License-Identifier: Apache-2.0
# push, health check and automatic rollback, rollback by hand, status, logs, releases, remove:
# one app on dev1, where no systemd runs, so the plain supervisor is used. The tests build on
# each other in order, like a user's session.

load helpers
bats_require_minimum_version 1.5.0

setup_file() {
    export APP=$T/apps-push/hello
    write_app "$APP" hello "$(alive_js v1)"
    if [[ ! -x $T/dev1/.bramble/bin/bramble ]]; then
        deploy_plain install dev1 --tarball "$BRAMBLE_DIST_TARBALL" >/dev/null
    fi
}

@test "manifest turns package.json into runtime flags and a systemd unit" {
    run deploy_plain manifest "$APP" --user pi
    assert_status 0
    assert_output_has "runs as:     bramble --allow-read --allow-net=broker.local:1883,api.example.com:443 --allow-gpio=17,GPIO27 --allow-env=GREETING --deny-write=/etc main.js"
    assert_output_has "ExecStart=/home/pi/.bramble/bin/bramble --allow-read --allow-net=broker.local:1883,api.example.com:443 --allow-gpio=17,GPIO27 --allow-env=GREETING --deny-write=/etc main.js"
    assert_output_has "WorkingDirectory=/home/pi/.bramble/apps/hello/current/app"
    assert_output_has "EnvironmentFile=-/home/pi/.bramble/apps/hello/shared/env"
    assert_output_has "Restart=on-failure"
    assert_output_has "RestartSec=1"
    assert_output_has "User=pi"
    assert_output_lacks "WatchdogSec"
}

@test "manifest: all permissions, a watchdog, and a typo in a permission name" {
    local dir=$T/apps-push/manifests
    mkdir -p "$dir/all" "$dir/typo"
    echo 'console.log(1)' >"$dir/all/index.js"
    echo '{"name": "@acme/all-in", "bramble": {"permissions": {"all": true}, "deploy": {"watchdogSec": 30, "restart": "always"}}}' >"$dir/all/package.json"
    run deploy_plain manifest "$dir/all"
    assert_status 0
    assert_output_has "app:         acme-all-in"
    assert_output_has "runs as:     bramble -A index.js"
    assert_output_has "WatchdogSec=30"
    assert_output_has "Restart=always"

    echo 'console.log(1)' >"$dir/typo/index.js"
    echo '{"name": "typo", "bramble": {"permissions": {"gipo": [17]}}}' >"$dir/typo/package.json"
    run deploy_plain manifest "$dir/typo"
    assert_status 2
    assert_output_has "unknown permission 'gipo'"
}

@test "first push starts the app under the plain supervisor and says so" {
    run deploy push dev1 "$APP"
    assert_status 0
    assert_output_has "plain supervisor"
    assert_output_has "does not start at boot"
    assert_output_has "hello is live"
    local rel
    rel=$(current_release_on dev1 hello)
    echo "$rel" >"$T/hello.v1"
    assert_runs_release dev1 hello "$rel"
    wait_for_new_line "$(log_on dev1 hello)" "v1 alive"
    # The launch line holds the manifest's flags, in order, and then the entry file.
    run cat "$(app_dir_on dev1 hello)/current/launch"
    [[ $output == $'--allow-read\n--allow-net=broker.local:1883,api.example.com:443\n--allow-gpio=17,GPIO27\n--allow-env=GREETING\n--deny-write=/etc\nmain.js' ]]
}

@test "second push with a small change sends only the changed file" {
    alive_js v2 >"$APP/main.js"
    run deploy push dev1 "$APP"
    assert_status 0
    assert_output_has "sent 1 changed file(s): main.js"
    local v1 v2
    v1=$(cat "$T/hello.v1")
    v2=$(current_release_on dev1 hello)
    echo "$v2" >"$T/hello.v2"
    [[ $v1 != "$v2" ]]
    # Unchanged files are the same inode as in the previous release: hard-linked, not sent.
    local rels=$T/dev1/.bramble/apps/hello/releases
    [[ $(stat -c %i "$rels/$v1/app/assets/table.txt") == "$(stat -c %i "$rels/$v2/app/assets/table.txt")" ]]
    [[ $(stat -c %i "$rels/$v1/app/main.js") != "$(stat -c %i "$rels/$v2/app/main.js")" ]]
    assert_runs_release dev1 hello "$v2"
    wait_for_new_line "$(log_on dev1 hello)" "v2 alive"
}

@test "a release that crashes at start is rolled back and the old one keeps running" {
    printf '%s\n' "console.log('v3 starting');" "throw new Error('v3 is broken');" >"$APP/main.js"
    run deploy push dev1 "$APP" --health-time "$T_HEALTH"
    assert_status 1
    assert_output_has "health check failed"
    assert_output_has "last log lines:"
    assert_output_has "v3 is broken"
    assert_output_has "rolled back"
    local v2
    v2=$(cat "$T/hello.v2")
    [[ $(current_release_on dev1 hello) == "$v2" ]]
    assert_runs_release dev1 hello "$v2"
    wait_for_new_line "$(log_on dev1 hello)" "v2 alive"
}

@test "releases lists the current and the failed release" {
    run deploy_plain releases dev1
    assert_status 0
    assert_output_has "* $(cat "$T/hello.v2")  current"
    # Depending on timing the crash is seen as "exited within 1s" or "did not start".
    assert_output_has "failed: hello "
    assert_output_has "last exit code 1"
    [[ $(grep -c '^\[dev1\]     [ *] ' <<<"$output") == 3 ]]
}

@test "rollback without a release goes to the one before the current one" {
    run deploy rollback dev1
    assert_status 0
    local v1
    v1=$(cat "$T/hello.v1")
    assert_output_has "$v1 is live"
    [[ $(current_release_on dev1 hello) == "$v1" ]]
    assert_runs_release dev1 hello "$v1"
    wait_for_new_line "$(log_on dev1 hello)" "v1 alive"
}

@test "rollback to a named release" {
    local v2
    v2=$(cat "$T/hello.v2")
    run deploy rollback dev1 "$v2" --app hello
    assert_status 0
    [[ $(current_release_on dev1 hello) == "$v2" ]]
    wait_for_new_line "$(log_on dev1 hello)" "v2 alive"
    run deploy rollback dev1 20000101T000000Z
    assert_status 1
    assert_output_has "no release '20000101T000000Z' of hello"
}

@test "status and logs show the running release and its output" {
    run deploy_plain status dev1
    assert_status 0
    assert_output_has "hello: running (pid $(app_pid_on dev1 hello)), release $(cat "$T/hello.v2"), supervisor"
    # The app was restarted by the rollback just before: let it print five lines of its own.
    local n
    for ((n = 0; n < T_WAIT * 10; n++)); do
        (($(tail -n 5 "$(log_on dev1 hello)" | grep -c 'v2 alive') == 5)) && break
        sleep 0.1
    done
    run deploy_plain logs dev1 -n 5
    assert_status 0
    assert_output_has "v2 alive"
    [[ $(grep -c 'alive' <<<"$output") == 5 ]]
    # -f keeps streaming new lines until the user stops it.
    timeout 30 "$DEPLOY" --ssh-config "$T/ssh_config" logs dev1 -f -n 0 >"$T/follow.out" 2>&1 &
    local follower=$! i
    for ((i = 0; i < T_WAIT * 10; i++)); do
        (($(grep -c 'v2 alive' "$T/follow.out") >= 3)) && break
        sleep 0.1
    done
    kill "$follower"
    wait "$follower" || true
    (($(grep -c 'v2 alive' "$T/follow.out") >= 3))
}

@test "an env file reaches the app but never the output" {
    printf '%s\n' "console.log('greeting=' + process.env.GREETING);" "$(alive_js v4)" >"$APP/main.js"
    printf 'GREETING=hello from env\nAPI_TOKEN=hunter2-secret-token\n' >"$T/hello.env"
    run deploy push dev1 "$APP" --env-file "$T/hello.env"
    assert_status 0
    assert_output_has "env file updated (2 variables, contents not shown)"
    assert_output_lacks "hunter2"
    [[ $(stat -c %a "$(app_dir_on dev1 hello)/shared/env") == 600 ]]
    wait_for_new_line "$(log_on dev1 hello)" "v4 alive"
    grep -q 'greeting=hello from env' "$(log_on dev1 hello)"
    run ! grep -rq hunter2 "$(app_dir_on dev1 hello)/log" "$(app_dir_on dev1 hello)/history"
}

@test "an HTTP health check that fails rolls back" {
    alive_js v5 >"$APP/main.js"
    local before
    before=$(current_release_on dev1 hello)
    run deploy push dev1 "$APP" --health-time 1 --health-url "http://127.0.0.1:$DOWN_PORT/health"
    assert_status 1
    assert_output_has "HTTP health check http://127.0.0.1:$DOWN_PORT/health failed"
    assert_output_has "rolled back to $before"
    [[ $(current_release_on dev1 hello) == "$before" ]]
    assert_runs_release dev1 hello "$before"
}

@test "only the last --keep releases are kept" {
    alive_js v6 >"$APP/main.js"
    run deploy push dev1 "$APP" --keep 2
    assert_status 0
    [[ $(find "$(app_dir_on dev1 hello)/releases" -mindepth 1 -maxdepth 1 | wc -l) == 2 ]]
    wait_for_new_line "$(log_on dev1 hello)" "v6 alive"
}

@test "npm dependencies are installed on the laptop and shipped, dev dependencies are not" {
    local src=$T/apps-push/deps
    mkdir -p "$src/greeter" "$src/devtool" "$src/app"
    echo '{"name": "greeter", "version": "1.0.0", "main": "index.js"}' >"$src/greeter/package.json"
    echo 'module.exports = () => "hi";' >"$src/greeter/index.js"
    echo '{"name": "devtool", "version": "1.0.0"}' >"$src/devtool/package.json"
    # Packed tarballs install offline, as real files (a file: folder would become a symlink).
    (cd "$src" && npm pack --silent ./greeter ./devtool >/dev/null)
    printf '%s\n' '{"name": "withdeps", "main": "main.js",' \
        " \"dependencies\": {\"greeter\": \"file:$src/greeter-1.0.0.tgz\"}," \
        " \"devDependencies\": {\"devtool\": \"file:$src/devtool-1.0.0.tgz\"}}" >"$src/app/package.json"
    alive_js deps >"$src/app/main.js"
    XDG_CACHE_HOME=$T/cache run deploy push dev1 "$src/app" --health-time 1
    assert_status 0
    assert_output_has "installing npm dependencies of withdeps"
    assert_output_has "node_modules/greeter/index.js"
    local shipped
    shipped=$(app_dir_on dev1 withdeps)/current/app/node_modules
    [[ -f $shipped/greeter/index.js && ! -e $shipped/devtool ]]
    [[ ! -e $src/app/node_modules ]]
    run deploy_plain remove dev1 --app withdeps
    assert_status 0
}

@test "remove stops the app and deletes its releases" {
    local pid
    pid=$(app_pid_on dev1 hello)
    run deploy_plain remove dev1
    assert_status 2
    assert_output_has "remove needs --app NAME"
    run deploy_plain remove dev1 --app hello
    assert_status 0
    # (A bare `! cmd` in the middle of a bats test cannot fail it: `run !` does.)
    run ! kill -0 "$pid"
    [[ ! -e $(app_dir_on dev1 hello) ]]
    run deploy_plain status dev1
    assert_output_has "no apps deployed"
}
