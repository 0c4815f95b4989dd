# shellcheck shell=bash
# shellcheck disable=SC2034 # the RESULT_* variables are read by fleet.sh
# SPDX-License-Identifier: Apache-2.0
# One device at a time: the SSH connection (one multiplexed master per host, keys only, host keys
# checked), rsync uploads, calls to the device helper, and what each command does on one host.
# The current host is in H_ALIAS H_ADDR H_USER H_PORT H_IDENTITY H_DIR H_CTL; a command's outcome
# goes to RESULT_STATUS (ok, failed, rolled-back, unreachable), RESULT_RELEASE and RESULT_DETAIL.

# Progress goes to stdout, except for logs, whose stdout is the app's log.
say() { printf '[%s] %s\n' "$H_ALIAS" "$*" >&"$SAY_FD"; }
detail() { [[ $QUIET == 1 ]] || printf '[%s]     %s\n' "$H_ALIAS" "$*" >&"$SAY_FD"; }
SAY_FD=1 QUIET=0

# Ends the current host's command: the message goes to stderr and into the summary.
host_fail() {
    RESULT_STATUS=${2:-failed}
    RESULT_DETAIL=$1
    printf '[%s] FAILED: %s\n' "$H_ALIAS" "$1" >&2
    return 1
}

# A word for the remote POSIX shell that ssh hands the command line to.
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

remote_path() { # host:path for rsync, with IPv6 literals bracketed
    if [[ $H_ADDR == *:* ]]; then printf '[%s]:%s' "$H_ADDR" "$1"; else printf '%s:%s' "$H_ADDR" "$1"; fi
}

ssh_setup() {
    SSH_OPTS=(-o BatchMode=yes -o "ConnectTimeout=$CONNECT_TIMEOUT" -o ServerAliveInterval=15
        -o ServerAliveCountMax=4 -o "ControlPath=$H_CTL")
    [[ -z $SSH_CONFIG ]] || SSH_OPTS+=(-F "$SSH_CONFIG")
    [[ -z $H_PORT ]] || SSH_OPTS+=(-p "$H_PORT")
    [[ -z $H_USER ]] || SSH_OPTS+=(-l "$H_USER")
    [[ -z $H_IDENTITY ]] || SSH_OPTS+=(-i "$H_IDENTITY" -o IdentitiesOnly=yes)
    [[ $ACCEPT_NEW != 1 ]] || SSH_OPTS+=(-o StrictHostKeyChecking=accept-new)
    # rsync splits -e on spaces and honours single quotes, so quote each word.
    RSYNC_E="'ssh' '-o' 'ControlMaster=no'"
    local a
    for a in "${SSH_OPTS[@]}"; do
        [[ $a != *\'* ]] || die "ssh option $a contains a single quote, which rsync's -e cannot carry"
        RSYNC_E+=" '$a'"
    done
}

# Opens the host's master connection; every later ssh and rsync call rides on it, so a push
# authenticates once however many steps it has.
ssh_open() {
    local err=$H_CTL.err
    ssh_setup
    say "connecting to ${H_USER:+$H_USER@}$H_ADDR${H_PORT:+ port $H_PORT}"
    if ssh -o ControlMaster=yes -o ControlPersist=900 "${SSH_OPTS[@]}" -N -f "$H_ADDR" \
        </dev/null >/dev/null 2>"$err"; then
        return 0
    fi
    local why status=failed
    why=$(ssh_explain "$err") || status=unreachable
    host_fail "$why" "$status"
}

ssh_close() {
    [[ -S $H_CTL ]] || return 0
    ssh -o ControlMaster=no "${SSH_OPTS[@]}" -O exit "$H_ADDR" >/dev/null 2>&1 || true
}

# Turns ssh's stderr into one clear sentence; returns 1 when the host could not be reached at all.
ssh_explain() {
    local err=$1 where known g
    # Name the host as ssh resolved it (an ssh config alias hides the address and port).
    g=$(ssh -G "${SSH_OPTS[@]}" "$H_ADDR" 2>/dev/null) || true
    E_HOST=$(awk '$1 == "hostname" { print $2; exit }' <<<"$g")
    E_PORT=$(awk '$1 == "port" { print $2; exit }' <<<"$g")
    E_USER=$(awk '$1 == "user" { print $2; exit }' <<<"$g")
    E_HOST=${E_HOST:-$H_ADDR} E_PORT=${E_PORT:-${H_PORT:-22}}
    where="${E_USER:+$E_USER@}$E_HOST:$E_PORT"
    if grep -q 'REMOTE HOST IDENTIFICATION HAS CHANGED\|Host key for .* has changed' "$err"; then
        known=$(sed -n 's/^Offending .* key in \(.*\)$/\1/p' "$err" | head -n 1)
        echo "host key mismatch: $where presented a host key that differs from the one in known_hosts${known:+ ($known)}." \
            "Refused to connect: this is what a man-in-the-middle attack looks like. If the device was reinstalled," \
            "compare the fingerprint shown on the device (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub)," \
            "then remove the old entry with: ssh-keygen${known:+ -f ${known%:*}} -R $(known_hosts_name)"
    elif grep -q 'No .* host key is known for\|Host key verification failed' "$err"; then
        echo "unknown host key: $where is not in known_hosts. Check its fingerprint, then connect once with ssh," \
            "or pass --accept-new-host-key to trust a host on first contact"
    elif grep -q 'Permission denied' "$err"; then
        echo "SSH key refused by $where (bramble-deploy uses keys only: see --identity and --user, or ssh-copy-id)"
    elif grep -q 'Connection refused\|timed out\|No route to host\|Network is unreachable\|Could not resolve\|Name or service not known\|Connection closed by\|Connection reset' "$err"; then
        echo "unreachable: $(grep -v '^Warning:' "$err" | tail -n 1 | sed 's/^ssh: //')"
        return 1
    else
        echo "ssh to $where failed: $(tail -n 1 "$err")"
    fi
}

known_hosts_name() {
    if [[ $E_PORT != 22 ]]; then printf "'[%s]:%s'" "$E_HOST" "$E_PORT"; else printf '%s' "$E_HOST"; fi
}

# Runs an operation of the device helper; @key=value lines land in RES, the rest is shown.
RES=""
remote() {
    local cmd a out err rc
    cmd="sh $(q "$H_DIR/lib/bramble-device")"
    for a in "$@"; do cmd+=" $(q "$a")"; done
    out=$H_CTL.out err=$H_CTL.stderr
    : >"$out"
    set +e
    ssh -o ControlMaster=no "${SSH_OPTS[@]}" "$H_ADDR" "$cmd" 2>"$err" <"${REMOTE_STDIN:-/dev/null}" |
        while IFS= read -r line; do
            case $line in
                @*) printf '%s\n' "${line#@}" >>"$out" ;;
                *) detail "$line" ;;
            esac
        done
    rc=${PIPESTATUS[0]}
    set -e
    RES=$(cat "$out")
    if ((rc != 0)); then
        while IFS= read -r line; do detail "$line"; done <"$err"
        host_fail "$(grep -v '^$' "$err" | tail -n 1 | sed 's/^error: //')"
        return 1
    fi
}

res() { sed -n "s/^$1=//p" <<<"$RES" | head -n 1; }

# The device helper is copied before each command, so device and laptop never disagree on it.
sync_helper() {
    local out
    if ! out=$(rsync -rlt --delete --chmod=Du=rwx,Dgo=rx,Fu=rwx,Fgo=rx -e "$RSYNC_E" \
        --rsync-path="mkdir -p $(q "$H_DIR/lib") && rsync" "$DEVICE_DIR/" "$(remote_path "$H_DIR/lib/")" 2>&1); then
        if grep -q 'rsync: command not found\|rsync: not found' <<<"$out"; then
            host_fail "rsync is not installed on the device (sudo apt-get install rsync)"
        else
            host_fail "copying the device helper failed: $(tail -n 1 <<<"$out")"
        fi
        return 1
    fi
}

connect() { ssh_open && sync_helper; }

# --- commands on one host ---------------------------------------------------------------------

host_install() {
    connect || return 1
    local rel_tar=$H_DIR/runtime/incoming/bramble-$DIST_VERSION.tar.gz out changed=0
    say "uploading $(basename "$DIST_TARBALL")"
    out=$(rsync -t --out-format='%n' -e "$RSYNC_E" --rsync-path="mkdir -p $(q "$H_DIR/runtime/incoming") && rsync" \
        "$DIST_TARBALL" "$(remote_path "$rel_tar")" 2>&1) || { host_fail "upload failed: $(tail -n 1 <<<"$out")"; return 1; }
    [[ -z $out ]] || changed=1
    remote install-runtime "$DIST_VERSION" "$changed" || return 1
    RESULT_RELEASE=$(res runtime)
    if [[ -z $(res java) ]]; then
        host_fail "bramble $DIST_VERSION installed, but there is no JDK 25 on the device (see above)"
        return 1
    fi
}

host_push() {
    connect || return 1
    local rel base out sent=() line n
    remote prepare "$M_NAME" || return 1
    rel=$(res release) base=$(res base)
    RESULT_RELEASE=$rel
    say "uploading $M_NAME to release $rel${base:+ (unchanged files are hard-linked from $base)}"
    local dest=$H_DIR/apps/$M_NAME/releases/$rel/app/
    local rs=(rsync -rlptz --out-format='%i %n' -e "$RSYNC_E" --exclude=.git/ --exclude=.brambleignore)
    [[ ! -f $APP_DIR/.brambleignore ]] || rs+=(--exclude-from="$APP_DIR/.brambleignore")
    [[ -z $base ]] || rs+=(--link-dest="../../$base/app")
    out=$("${rs[@]}" "$APP_DIR/" "$(remote_path "$dest")" 2>&1) || { host_fail "upload failed: $(tail -n 1 <<<"$out")"; return 1; }
    if [[ -n $DEPS_DIR ]]; then
        rs=("${rs[@]/--link-dest=*/--link-dest=../../../$base/app/node_modules}")
        # npm's hidden lockfile is a cache of its own that it rewrites on every install.
        rs+=(--exclude=/.package-lock.json)
        local deps_out
        deps_out=$("${rs[@]}" "$DEPS_DIR/" "$(remote_path "$dest/node_modules/")" 2>&1) ||
            { host_fail "upload of node_modules failed: $(tail -n 1 <<<"$deps_out")"; return 1; }
        # shellcheck disable=SC2001 # a regex on every line
        out+=$'\n'$(sed 's|^\([^ ]*\) |\1 node_modules/|' <<<"$deps_out")
    fi
    # rsync itemizes files it sent as "<f..."; hard-linked or unchanged files do not show up so.
    while IFS= read -r line; do
        [[ $line == '<f'* ]] && sent+=("${line#* }")
    done <<<"$out"
    n=${#sent[@]}
    if ((n == 0)); then say "no file changed since ${base:-the last release}"
    elif ((n <= 10)); then say "sent $n changed file(s): ${sent[*]}"
    else say "sent $n changed file(s): ${sent[*]:0:10} ..."; fi
    if [[ -n $ENV_FILE ]]; then
        REMOTE_STDIN=$ENV_FILE remote put-env "$M_NAME" || return 1
    fi
    say "activating $rel: bramble ${M_FLAGS[*]+${M_FLAGS[*]} }$M_MAIN"
    remote activate "$M_NAME" "$rel" --restart "$M_RESTART" --restart-sec "$M_RESTART_SEC" \
        --watchdog "$M_WATCHDOG" --health-time "$HEALTH_TIME" --health-url "$HEALTH_URL" \
        --health-mqtt "$HEALTH_MQTT" --keep "$KEEP" -- "${M_FLAGS[@]}" "$M_MAIN" || return 1
    case $(res result) in
        ok) say "$M_NAME is live: release $rel" ;;
        rolled-back)
            RESULT_RELEASE=$(res rolled_back_to)
            host_fail "release $rel failed its health check: $(res reason); rolled back to $(res rolled_back_to)" rolled-back
            ;;
        *) host_fail "release $rel failed its health check: $(res reason)" ;;
    esac
}

# Commands that act on one app default to the only app on the device.
pick_app() {
    [[ -z $APP_NAME ]] || return 0
    QUIET=1 remote status || return 1
    local apps
    apps=$(sed -n 's/^app=\([^|]*\)|.*/\1/p' <<<"$RES")
    case $(grep -c . <<<"$apps") in
        1) APP_NAME=$apps ;;
        0) host_fail "no app is deployed on this device" ;;
        *) host_fail "several apps on this device ($(tr '\n' ' ' <<<"$apps")): choose one with --app" ;;
    esac
}

host_status() {
    connect || return 1
    remote status ${APP_NAME:+"$APP_NAME"} || return 1
    local line running=0 total=0
    while IFS='|' read -r line; do
        [[ -n $line ]] || continue
        total=$((total + 1))
        [[ $(cut -d'|' -f2 <<<"$line") != 1 ]] || running=$((running + 1))
        RESULT_RELEASE=$(cut -d'|' -f3 <<<"$line")
    done < <(sed -n 's/^app=//p' <<<"$RES")
    ((total <= 1)) || RESULT_RELEASE="$running of $total apps running"
    if ((running < total)); then host_fail "not running" failed; fi
}

host_releases() { connect && pick_app && remote releases "$APP_NAME"; }

host_logs() {
    connect && pick_app || return 1
    if [[ $FOLLOW == 1 ]]; then
        local t=()
        [[ ! -t 0 ]] || t=(-t)
        ssh -o ControlMaster=no "${SSH_OPTS[@]}" "${t[@]}" "$H_ADDR" \
            "sh $(q "$H_DIR/lib/bramble-device") logs $(q "$APP_NAME") $(q "$LINES") 1"
    else
        ssh -o ControlMaster=no "${SSH_OPTS[@]}" "$H_ADDR" \
            "sh $(q "$H_DIR/lib/bramble-device") logs $(q "$APP_NAME") $(q "$LINES") 0"
    fi
}

host_rollback() {
    connect && pick_app || return 1
    remote rollback "$APP_NAME" "$ROLLBACK_TO" "$HEALTH_TIME" || return 1
    RESULT_RELEASE=$(res release)
    [[ $(res result) == ok ]] || host_fail "rollback to $(res release) is not healthy: $(res reason)"
}

host_remove() {
    [[ -n $APP_NAME ]] || die "remove needs --app NAME (it deletes every release of that app)"
    connect && remote remove "$APP_NAME"
}
