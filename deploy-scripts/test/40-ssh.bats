#!/usr/bin/env bats
# SPDX-License-Identifier: Apache-2.0
# SSH: keys only, host keys verified against known_hosts, --user/--port/--identity, ssh config.

load helpers

setup_file() {
    if [[ ! -x $T/dev1/.bramble/bin/bramble ]]; then
        deploy_plain install dev1 --tarball "$BRAMBLE_DIST_TARBALL" >/dev/null
    fi
}

# An ssh config like the run's, but with another known_hosts file.
config_with_known_hosts() {
    sed "s|UserKnownHostsFile .*|UserKnownHostsFile $1|" "$T/ssh_config" >"$1.config"
    echo "$1.config"
}

@test "a device whose host key changed is refused with a clear message" {
    # dev1's port now answers with a key known_hosts does not list for it: dev2's key.
    echo "[127.0.0.1]:$DEV1_PORT $(cut -d' ' -f1,2 "$T/sshd2/host_key.pub")" >"$T/known_hosts.mismatch"
    local cfg
    cfg=$(config_with_known_hosts "$T/known_hosts.mismatch")
    rm -f "$T/dev1/.bramble/lib/bramble-device"
    run "$DEPLOY" --ssh-config "$cfg" status dev1
    assert_status 1
    assert_output_has "host key mismatch: bdtest1@127.0.0.1:$DEV1_PORT"
    assert_output_has "Refused to connect"
    assert_output_has "ssh-keygen -f $T/known_hosts.mismatch -R '[127.0.0.1]:$DEV1_PORT'"
    # Nothing ran on the device: the helper was not even copied.
    [[ ! -e $T/dev1/.bramble/lib/bramble-device ]]
}

@test "an unknown host is refused unless --accept-new-host-key" {
    : >"$T/known_hosts.empty"
    local cfg
    cfg=$(config_with_known_hosts "$T/known_hosts.empty")
    run "$DEPLOY" --ssh-config "$cfg" status dev1
    assert_status 1
    assert_output_has "unknown host key: bdtest1@127.0.0.1:$DEV1_PORT is not in known_hosts"
    run "$DEPLOY" --ssh-config "$cfg" status dev1 --accept-new-host-key
    assert_status 0
    grep -q "^\[127.0.0.1\]:$DEV1_PORT ssh-ed25519 $(cut -d' ' -f2 "$T/sshd1/host_key.pub")" "$T/known_hosts.empty"
}

@test "--user, --port and --identity reach a device the ssh config does not name" {
    cat >"$T/ssh_config.min" <<CFG
Host *
  UserKnownHostsFile $T/known_hosts
  GlobalKnownHostsFile /dev/null
  IdentitiesOnly yes
CFG
    run "$DEPLOY" --ssh-config "$T/ssh_config.min" status 127.0.0.1 --port "$DEV1_PORT" --user bdtest1 --identity "$T/client/id_ed25519"
    assert_status 0
    assert_output_has "runtime: bramble-"
    run "$DEPLOY" --ssh-config "$T/ssh_config.min" status "bdtest1@127.0.0.1:$DEV1_PORT" --identity "$T/client/id_ed25519"
    assert_status 0
}

@test "a key the device does not accept is refused; no password is ever asked" {
    ssh-keygen -q -t ed25519 -N '' -f "$T/stranger_key"
    cat >"$T/ssh_config.stranger" <<CFG
Host *
  UserKnownHostsFile $T/known_hosts
  GlobalKnownHostsFile /dev/null
  IdentitiesOnly yes
CFG
    run timeout 20 "$DEPLOY" --ssh-config "$T/ssh_config.stranger" status "bdtest1@127.0.0.1:$DEV1_PORT" --identity "$T/stranger_key" </dev/null
    assert_status 1
    assert_output_has "SSH key refused by bdtest1@127.0.0.1:$DEV1_PORT"
}
