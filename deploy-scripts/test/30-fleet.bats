#!/usr/bin/env bats
# SPDX-License-Identifier: Apache-2.0
# Fleets: an Ansible INI inventory with groups and per-host variables, three reachable devices and
# one that is not; parallel rollout with a summary, and a serial rollout that --max-fail stops.

load helpers

setup_file() {
    export APP=$T/apps-fleet/sensor
    write_app "$APP" sensor "$(alive_js 'fleet v1')"
    export INV=$T/fleet.ini
    cat >"$INV" <<INI
# The fleet, Ansible-style. dev4 is switched off.
[pis]
dev1 ansible_host=127.0.0.1 ansible_port=$DEV1_PORT ansible_user=bdtest1
dev4 ansible_host=127.0.0.1 ansible_port=$DOWN_PORT ansible_user=bdtest4
dev2 ansible_host=127.0.0.1 ansible_port=$DEV2_PORT ansible_user=bdtest2
dev3 ansible_host=127.0.0.1 ansible_port=$DEV3_PORT ansible_user=bdtest3

[greenhouse]
dev2
dev3

[pis:vars]
ansible_ssh_private_key_file=$T/client/id_ed25519
ansible_python_interpreter=/usr/bin/python3

[site:children]
pis
INI
    # The ssh config knows no Host for 127.0.0.1: user, port and key come from the inventory.
    cat >"$T/ssh_config.fleet" <<CFG
Host *
  UserKnownHostsFile $T/known_hosts
  GlobalKnownHostsFile /dev/null
  IdentitiesOnly yes
CFG
    local i
    for i in 1 2 3; do
        if [[ ! -x $T/dev$i/.bramble/bin/bramble ]]; then
            deploy_plain install "dev$i" --tarball "$BRAMBLE_DIST_TARBALL" >/dev/null
        fi
    done
}

fleet() { "$DEPLOY" --ssh-config "$T/ssh_config.fleet" --health-time 1 --inventory "$INV" "$@"; }

@test "fleet push: the unreachable device fails, the others go live, the summary shows each host" {
    run fleet push "$APP" --parallel 4
    assert_status 1
    assert_output_has "[1/4] dev1: started"
    assert_output_has "dev4: unreachable: connect to host 127.0.0.1 port $DOWN_PORT: Connection refused"
    assert_output_has "3 ok, 1 failed, 0 skipped"
    local i
    for i in 1 2 3; do
        grep -Eq "^dev$i +ok +$(current_release_on "dev$i" sensor) " <<<"$output"
        assert_runs_release "dev$i" sensor "$(current_release_on "dev$i" sensor)"
        wait_for_new_line "$(log_on "dev$i" sensor)" "fleet v1 alive"
    done
    grep -Eq '^dev4 +unreachable +- ' <<<"$output"
}

@test "serial rollout with --max-fail 0 stops at the first failed host" {
    local before2 before3
    before2=$(current_release_on dev2 sensor)
    before3=$(current_release_on dev3 sensor)
    alive_js 'fleet v2' >"$APP/main.js"
    run fleet push "$APP" --serial 1 --max-fail 0
    assert_status 1
    assert_output_has "batches of 1"
    assert_output_has "1 ok, 1 failed, 2 skipped"
    grep -Eq '^dev1 +ok ' <<<"$output"
    grep -Eq '^dev4 +unreachable ' <<<"$output"
    grep -Eq '^dev2 +skipped +- +- +not started: more than 0 host\(s\) failed' <<<"$output"
    grep -Eq '^dev3 +skipped ' <<<"$output"
    wait_for_new_line "$(log_on dev1 sensor)" "fleet v2 alive"
    # The rollout stopped: dev2 and dev3 still run the release they had.
    [[ $(current_release_on dev2 sensor) == "$before2" && $(current_release_on dev3 sensor) == "$before3" ]]
    assert_runs_release dev2 sensor "$before2"
}

@test "--limit picks a group; a percentage --serial rolls it out in batches" {
    run fleet push "$APP" --limit greenhouse --serial 50%
    assert_status 0
    assert_output_has "push on 2 host(s): batches of 1"
    assert_output_has "2 ok, 0 failed, 0 skipped"
    wait_for_new_line "$(log_on dev2 sensor)" "fleet v2 alive"
    wait_for_new_line "$(log_on dev3 sensor)" "fleet v2 alive"
    [[ $output != *"dev1"* ]]
}

@test "fleet status reports every host, running or not" {
    run fleet status
    assert_status 1
    grep -Eq "^dev2 +ok +$(current_release_on dev2 sensor) " <<<"$output"
    assert_output_has "sensor: running (pid $(app_pid_on dev3 sensor))"
    grep -Eq '^dev4 +unreachable ' <<<"$output"
}

@test "an unknown --limit is an error before any host is touched" {
    run fleet status --limit nosuchgroup
    assert_status 2
    assert_output_has "no group or host named 'nosuchgroup'"
}
