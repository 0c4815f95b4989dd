#!/usr/bin/env bats
# SPDX-License-Identifier: Apache-2.0
# install: the runtime tarball lands in a versioned folder behind a stable bin/bramble.

load helpers

setup_file() {
    export APPS=$T/apps-install
    write_app "$APPS/early" early "$(alive_js early)"
}

@test "push before install tells the user to install the runtime first" {
    run deploy push dev1 "$APPS/early"
    assert_status 1
    assert_output_has "no Bramble runtime"
    assert_output_has "bramble-deploy install"
}

@test "install unpacks the tarball into a versioned folder with a stable bin/bramble" {
    run deploy_plain install dev1 --tarball "$BRAMBLE_DIST_TARBALL"
    assert_status 0
    local top version base
    tar -tzf "$BRAMBLE_DIST_TARBALL" >"$T/tarball.list"
    top=$(head -n 1 "$T/tarball.list")
    top=${top%%/*}
    version=${top#bramble-}
    base=$T/dev1/.bramble
    [[ -x $base/runtime/$top/bin/bramble ]]
    [[ $(readlink "$base/runtime/current") == "$top" ]]
    [[ $(readlink "$base/bin/bramble") == ../runtime/current/bin/bramble ]]
    [[ -x $base/bin/bramble ]]
    assert_output_has "installed bramble $version"
    assert_output_has "JDK: 25"
    # The device user owns its runtime; nothing was written as root.
    [[ $(stat -c %U "$base/runtime/$top") == bdtest1 ]]
}

@test "installing the same tarball again changes nothing" {
    local before
    before=$(stat -c %i "$T/dev1/.bramble/runtime/current/bin/bramble")
    run deploy_plain install dev1 --tarball "$BRAMBLE_DIST_TARBALL"
    assert_status 0
    assert_output_has "already installed (unchanged)"
    [[ $(stat -c %i "$T/dev1/.bramble/runtime/current/bin/bramble") == "$before" ]]
}

@test "install on a fleet from an inventory in bramble-deploy's own format" {
    cat >"$T/own-inventory" <<EOF
# two Pis in the lab
[lab]
bdtest2@127.0.0.1:$DEV2_PORT
bdtest3@127.0.0.1:$DEV3_PORT
EOF
    run deploy_plain install --inventory "$T/own-inventory" --identity "$T/client/id_ed25519" \
        --tarball "$BRAMBLE_DIST_TARBALL"
    assert_status 0
    assert_output_has "2 ok, 0 failed, 0 skipped"
    [[ -x $T/dev2/.bramble/bin/bramble && -x $T/dev3/.bramble/bin/bramble ]]
}

@test "install refuses a file that is not a Bramble distribution" {
    tar -czf "$T/not-bramble.tar.gz" -C "$APPS" early
    run deploy_plain install dev1 --tarball "$T/not-bramble.tar.gz"
    assert_status 2
    assert_output_has "does not hold a bramble-VERSION/ folder"
}
