# shellcheck shell=bash
# shellcheck disable=SC2034 # H_* and RESULT_* are read by remote.sh and bramble-deploy
# SPDX-License-Identifier: Apache-2.0
# Runs one command on many hosts: hosts from an inventory, at most --parallel at once, in --serial
# batches, stopping once more than --max-fail hosts have failed; progress as hosts finish and a
# per-host summary table at the end. Fields in files are separated by $SEP (ASCII 31): tabs would
# collapse empty fields when read. Each host runs in a background subshell with its own log and
# result file, so bash 3.2 (macOS) is enough: no wait -n, no associative arrays.

# host_select ALIAS ADDRESS USER PORT IDENTITY DIR INDEX: the host later functions act on.
host_select() {
    H_ALIAS=$1 H_ADDR=$2 H_USER=${3:-$OPT_USER} H_PORT=${4:-$OPT_PORT}
    H_IDENTITY=${5:-$OPT_IDENTITY} H_DIR=${6:-$OPT_DIR} H_CTL=$WORK/c$7
    # Remote paths are relative to the login directory, so a leading ~/ is just dropped.
    # shellcheck disable=SC2088
    case $H_DIR in "~") H_DIR=. ;; "~/"*) H_DIR=${H_DIR#"~/"} ;; esac
}

# Runs $COMMAND on the selected host and writes status, release, seconds and detail to a file.
run_host() {
    local idx=$1 start=$SECONDS
    RESULT_STATUS=ok RESULT_RELEASE="" RESULT_DETAIL=""
    "host_$COMMAND" || [[ $RESULT_STATUS != ok ]] || RESULT_STATUS=failed
    ssh_close
    printf "%s$SEP%s$SEP%s$SEP%s\n" "$RESULT_STATUS" "$RESULT_RELEASE" "$((SECONDS - start))" "$RESULT_DETAIL" >"$WORK/result.$idx"
    [[ $RESULT_STATUS == ok ]]
}

# "N" or "N%" of TOTAL, rounded up, at least 1.
batch_size() {
    local spec=$1 total=$2 n
    if [[ $spec == *% ]]; then n=$(((${spec%\%} * total + 99) / 100)); else n=$spec; fi
    ((n >= 1)) || n=1
    echo "$n"
}

too_many_failures() {
    [[ -n $MAX_FAIL ]] || return 1
    if [[ $MAX_FAIL == *% ]]; then ((F_FAILED * 100 > ${MAX_FAIL%\%} * F_TOTAL)); else ((F_FAILED > MAX_FAIL)); fi
}

fleet_run() {
    local inv
    inv=$(awk -v limit="$LIMIT" -f "$LIB/inventory.awk" "$INVENTORY") || die "cannot read inventory $INVENTORY"
    F_ALIAS=() F_LINE=()
    local alias rest
    while IFS=$SEP read -r alias rest; do
        [[ -n $alias ]] || continue
        F_ALIAS+=("$alias")
        F_LINE+=("$alias$SEP$rest")
    done <<<"$inv"
    F_TOTAL=${#F_ALIAS[@]}
    ((F_TOTAL > 0)) || die "no hosts selected from $INVENTORY${LIMIT:+ with --limit $LIMIT}"
    local batch
    batch=$(batch_size "${SERIAL:-$F_TOTAL}" "$F_TOTAL")
    echo "$COMMAND on $F_TOTAL host(s): batches of $batch, $PARALLEL at a time${MAX_FAIL:+, stop after more than $MAX_FAIL failed}"

    F_FAILED=0
    local i=0 b_end stopped=0 running=() pid j k
    while ((i < F_TOTAL)) && ((stopped == 0)); do
        b_end=$((i + batch))
        ((b_end <= F_TOTAL)) || b_end=$F_TOTAL
        running=()
        while ((i < b_end || ${#running[@]} > 0)); do
            if ((i < b_end && ${#running[@]} < PARALLEL && stopped == 0)); then
                if too_many_failures; then stopped=1; continue; fi
                fleet_start "$i" &
                running+=("$!:$i")
                printf '[%d/%d] %s: started\n' "$((i + 1))" "$F_TOTAL" "${F_ALIAS[$i]}"
                i=$((i + 1))
                continue
            fi
            ((${#running[@]} > 0)) || break
            sleep 0.2
            local still=()
            for j in "${running[@]}"; do
                pid=${j%%:*} k=${j#*:}
                if kill -0 "$pid" 2>/dev/null; then still+=("$j"); continue; fi
                wait "$pid" || true
                fleet_report "$k"
            done
            running=(${still[@]+"${still[@]}"})
        done
        too_many_failures && stopped=1
    done
    fleet_summary
    ((F_FAILED == 0)) && ((i == F_TOTAL))
}

fleet_start() {
    local idx=$1 f
    IFS=$SEP read -r -a f <<<"${F_LINE[$idx]}$SEP"
    host_select "${f[0]}" "${f[1]}" "${f[2]:-}" "${f[3]:-}" "${f[4]:-}" "${f[5]:-}" "$idx"
    run_host "$idx" >"$WORK/log.$idx" 2>&1
}

fleet_report() {
    local k=$1 status release secs detail
    IFS=$SEP read -r status release secs detail <"$WORK/result.$k" || status=failed detail="no result (job died)"
    if [[ $status == ok ]]; then
        printf '[%d/%d] %s: ok%s (%ss)\n' "$((k + 1))" "$F_TOTAL" "${F_ALIAS[$k]}" "${release:+ $release}" "$secs"
        [[ $COMMAND != status && $COMMAND != releases && $COMMAND != logs ]] || sed 's/^/    /' "$WORK/log.$k"
    else
        F_FAILED=$((F_FAILED + 1))
        [[ $detail == "$status:"* ]] || detail="$status: $detail"
        printf '[%d/%d] %s: %s\n' "$((k + 1))" "$F_TOTAL" "${F_ALIAS[$k]}" "$detail"
        sed 's/^/    /' "$WORK/log.$k"
    fi
}

fleet_summary() {
    local k status release secs detail w=4 ok=0 bad=0 skipped=0
    for k in "${!F_ALIAS[@]}"; do ((${#F_ALIAS[$k]} <= w)) || w=${#F_ALIAS[$k]}; done
    echo
    printf "%-${w}s  %-11s  %-20s  %5s  %s\n" HOST RESULT RELEASE TIME DETAIL
    for k in "${!F_ALIAS[@]}"; do
        if [[ -f $WORK/result.$k ]]; then
            IFS=$SEP read -r status release secs detail <"$WORK/result.$k" || true
            secs="${secs}s"
        else
            status=skipped release="" secs="-"
            detail="not started: more than $MAX_FAIL host(s) failed (--max-fail $MAX_FAIL)"
        fi
        case $status in ok) ok=$((ok + 1)) ;; skipped) skipped=$((skipped + 1)) ;; *) bad=$((bad + 1)) ;; esac
        printf "%-${w}s  %-11s  %-20s  %5s  %s\n" "${F_ALIAS[$k]}" "$status" "${release:--}" "$secs" "$detail"
    done
    echo "$ok ok, $bad failed, $skipped skipped"
}
