# shellcheck shell=bash
# shellcheck disable=SC2034 # the M_* variables are read by bramble-deploy and remote.sh
# SPDX-License-Identifier: Apache-2.0
# Reads an app's package.json (through json.awk) into what the device needs to run it:
#   M_NAME     service name (npm name with the scope folded in: @acme/sensor -> acme-sensor)
#   M_MAIN     entry file ("main", default index.js)
#   M_FLAGS    runtime flags from "bramble": {"permissions": ...}
#   M_RESTART M_RESTART_SEC M_WATCHDOG M_HEALTH_TIME M_HEALTH_URL M_HEALTH_MQTT  from "bramble.deploy"
#   M_HAS_DEPS 1 when "dependencies" names at least one package

PERMISSION_KINDS="read write net env run gpio i2c spi serial"

manifest_read() {
    local dir=$1 flat path type value rest
    [[ -f $dir/package.json ]] || die "no package.json in $dir: bramble-deploy takes the app's name and entry file from it"
    flat=$(awk -f "$LIB/json.awk" "$dir/package.json") || die "$dir/package.json is not valid JSON"
    M_NAME="" M_MAIN="index.js" M_FLAGS=() M_HAS_DEPS=0
    M_RESTART=on-failure M_RESTART_SEC=2 M_WATCHDOG=0 M_HEALTH_TIME="" M_HEALTH_URL="" M_HEALTH_MQTT=""
    _m_kind="" _m_prefix="" _m_items="" _m_count=0

    while IFS=$'\t' read -r path type value; do
        case $path in
            name) M_NAME=$value ;;
            main) M_MAIN=$value ;;
            dependencies.*) M_HAS_DEPS=1 ;;
            bramble.permissions | bramble.permissions.deny)
                [[ $type == object ]] || die "package.json: $path must be an object" ;;
            bramble.permissions.deny.*)
                rest=${path#bramble.permissions.deny.}
                _manifest_entry "$rest" --deny- "$type" "$value" ;;
            bramble.permissions.*)
                rest=${path#bramble.permissions.}
                _manifest_entry "$rest" --allow- "$type" "$value" ;;
            bramble.deploy.restart)
                case $value in always | on-failure | no) M_RESTART=$value ;;
                    *) die "package.json: bramble.deploy.restart must be always, on-failure or no (not '$value')" ;; esac ;;
            bramble.deploy.restartSec) M_RESTART_SEC=$(_manifest_number "$path" "$value") ;;
            bramble.deploy.watchdogSec) M_WATCHDOG=$(_manifest_number "$path" "$value") ;;
            bramble.deploy.healthTime) M_HEALTH_TIME=$(_manifest_number "$path" "$value") ;;
            bramble.deploy.healthUrl) M_HEALTH_URL=$value ;;
            bramble.deploy.healthMqtt) M_HEALTH_MQTT=$value ;;
        esac
    done <<<"$flat"
    _manifest_flush

    [[ -n $M_NAME ]] || die "package.json in $dir has no \"name\""
    M_NAME=${M_NAME#@}
    M_NAME=${M_NAME//\//-}
    M_NAME=$(printf '%s' "$M_NAME" | tr -c 'A-Za-z0-9._-' '-')
    [[ $M_NAME != .* ]] || die "package.json: name must not start with a dot"
    M_MAIN=${M_MAIN#./}
    [[ -f $dir/$M_MAIN ]] || die "the entry file $M_MAIN (package.json \"main\") is not in $dir"
}

_manifest_number() {
    [[ $2 =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "package.json: $1 must be a number of seconds (not '$2')"
    printf '%s' "$2"
}

# One entry of permissions (or permissions.deny): a kind ("net") or an item of its list ("net.0").
_manifest_entry() {
    local rest=$1 prefix=$2 type=$3 value=$4
    if [[ $rest == *.* ]]; then
        [[ $type == string || $type == number ]] || die "package.json: bramble.permissions list items must be strings or numbers ($rest)"
        _manifest_item "$value"
        return
    fi
    _manifest_flush
    if [[ $rest == all ]]; then
        [[ $prefix == --allow- ]] || die "package.json: bramble.permissions.deny cannot hold \"all\""
        [[ $type == true || $type == false ]] || die "package.json: bramble.permissions.all must be true or false"
        [[ $type == false ]] || M_FLAGS+=(-A)
        return
    fi
    [[ " $PERMISSION_KINDS " == *" $rest "* ]] ||
        die "package.json: unknown permission '$rest' (known: all $PERMISSION_KINDS, and deny)"
    case $type in
        true) M_FLAGS+=("$prefix$rest") ;;
        false) ;;
        array) _m_kind=$rest _m_prefix=$prefix _m_items="" _m_count=0 ;;
        string | number) _m_kind=$rest _m_prefix=$prefix _m_items="" _m_count=0; _manifest_item "$value" ;;
        *) die "package.json: bramble.permissions.$rest must be true, false, a string or a list" ;;
    esac
}

_manifest_item() {
    [[ -n $1 && $1 != *,* && $1 != *\\* ]] ||
        die "package.json: permission items must be non-empty and hold no ',' or '\\' ('$1' under $_m_kind)"
    if ((_m_count == 0)); then _m_items=$1; else _m_items+=",$1"; fi
    _m_count=$((_m_count + 1))
}

# An empty list grants nothing, so it adds no flag (an empty --allow-x= would read as "all").
_manifest_flush() {
    if [[ -n $_m_kind ]] && ((_m_count > 0)); then M_FLAGS+=("$_m_prefix$_m_kind=$_m_items"); fi
    _m_kind="" _m_items="" _m_count=0
}
