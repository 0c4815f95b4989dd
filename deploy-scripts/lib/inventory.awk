# SPDX-License-Identifier: Apache-2.0
# Reads a host inventory, either bramble-deploy's own format or an Ansible INI inventory (the
# former is a subset of the latter), and prints the selected hosts one per line:
#   alias, address, user, port, identity, remote dir   separated by ASCII 31 (unit separator), so
#   that empty fields survive the shell's read
# Input:
#   [group]                 following lines are hosts of that group (before any: "ungrouped")
#   [user@]host[:port] key=value ...   a host and its variables
#   [group:vars]            following lines are key=value variables for the group's hosts
#   [group:children]        following lines name groups whose hosts belong to this group too
#   # or ; starts a comment
# Variables used: ansible_host/host, ansible_user/ansible_ssh_user/user,
# ansible_port/ansible_ssh_port/port, ansible_ssh_private_key_file/identity, bramble_dir; others are
# ignored, so an inventory shared with Ansible works. Precedence: host variables, then group
# variables (a later [group:vars] section wins over an earlier one), then [all:vars].
# awk -v limit=GROUP,HOST,... selects hosts by group or alias; empty selects all.

function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }

# Splits on blanks; single or double quotes keep blanks inside a word and are removed.
function split_words(line, words,    n, i, c, w, quote, started) {
    n = 0; w = ""; quote = ""; started = 0
    for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (quote != "") {
            if (c == quote) quote = ""; else w = w c
        } else if (c == "\"" || c == "'") {
            quote = c; started = 1
        } else if (c == " " || c == "\t") {
            if (started) { words[++n] = w; w = ""; started = 0 }
        } else {
            w = w c; started = 1
        }
    }
    if (started) words[++n] = w
    return n
}

function set_var(scope, name, word,    eq) {
    eq = index(word, "=")
    if (eq < 2) { bad("expected key=value, found '" word "'"); return }
    vars[scope, name, substr(word, 1, eq - 1)] = substr(word, eq + 1)
    has[scope, name, substr(word, 1, eq - 1)] = 1
}

function bad(msg) { printf "inventory line %d: %s\n", NR, msg > "/dev/stderr"; errors++ }

function in_group(host, g, depth,    i) {
    if (g == "all" || member[g, host]) return 1
    if (g == "ungrouped") return !grouped[host]
    if (depth > 20) return 0
    for (i = 1; i <= nchildren[g]; i++)
        if (in_group(host, children[g, i], depth + 1)) return 1
    return 0
}

function lookup(host, key,    i, g, v, found) {
    if (has["h", host, key]) return vars["h", host, key]
    found = 0
    for (i = 1; i <= nvarsec; i++) {
        g = varsec[i]
        if (g != "all" && has["g", g, key] && in_group(host, g, 0)) { v = vars["g", g, key]; found = 1 }
    }
    if (found) return v
    if (has["g", "all", key]) return vars["g", "all", key]
    return ""
}

function first(host, k1, k2, k3,    v) {
    v = lookup(host, k1)
    if (v == "" && k2 != "") v = lookup(host, k2)
    if (v == "" && k3 != "") v = lookup(host, k3)
    return v
}

function spec_user(host, u) {
    if (!has["h", host, "ansible_user"] && !has["h", host, "ansible_ssh_user"] && !has["h", host, "user"])
        set_var("h", host, "ansible_user=" u)
}

function spec_port(host, p) {
    if (!has["h", host, "ansible_port"] && !has["h", host, "ansible_ssh_port"] && !has["h", host, "port"])
        set_var("h", host, "ansible_port=" p)
}

BEGIN { section = "ungrouped"; kind = "hosts" }

{
    line = $0
    if (line ~ /^[ \t]*[#;]/) next
    sub(/[ \t]+#.*$/, "", line)
    line = trim(line)
    if (line == "") next
    if (line ~ /^\[[^]]+\]$/) {
        section = substr(line, 2, length(line) - 2)
        kind = "hosts"
        if (section ~ /:vars$/) { kind = "vars"; section = substr(section, 1, length(section) - 5); varsec[++nvarsec] = section }
        else if (section ~ /:children$/) { kind = "children"; section = substr(section, 1, length(section) - 9) }
        known_group[section] = 1
        next
    }
    n = split_words(line, w)
    if (kind == "vars") {
        for (i = 1; i <= n; i++) set_var("g", section, w[i])
    } else if (kind == "children") {
        children[section, ++nchildren[section]] = w[1]
    } else {
        alias = w[1]
        if (!(alias in seen)) { seen[alias] = 1; order[++nhosts] = alias }
        if (section != "ungrouped") { member[section, alias] = 1; grouped[alias] = 1 }
        for (i = 2; i <= n; i++) set_var("h", alias, w[i])
    }
}

END {
    if (errors) exit 2
    nlim = split(limit, lim, ",")
    for (i = 1; i <= nlim; i++)
        if (!(lim[i] in known_group) && !(lim[i] in seen) && lim[i] != "all" && lim[i] != "ungrouped")
            { printf "inventory: no group or host named '%s'\n", lim[i] > "/dev/stderr"; exit 2 }
    for (h = 1; h <= nhosts; h++) {
        alias = order[h]
        if (nlim > 0) {
            chosen = 0
            for (i = 1; i <= nlim; i++) if (lim[i] == alias || in_group(alias, lim[i], 0)) chosen = 1
            if (!chosen) continue
        }
        # The alias itself may say user@host:port (both formats allow host:port); that counts as
        # a host variable, so it beats group variables.
        spec = alias
        if (index(spec, "@")) { spec_user(alias, substr(spec, 1, index(spec, "@") - 1)); spec = substr(spec, index(spec, "@") + 1) }
        if (spec ~ /^[^:]+:[0-9]+$/) { spec_port(alias, substr(spec, index(spec, ":") + 1)); spec = substr(spec, 1, index(spec, ":") - 1) }
        addr = first(alias, "ansible_host", "host")
        user = first(alias, "ansible_user", "ansible_ssh_user", "user")
        port = first(alias, "ansible_port", "ansible_ssh_port", "port")
        if (addr == "") addr = spec
        printf "%s\037%s\037%s\037%s\037%s\037%s\n", alias, addr, user, port, first(alias, "ansible_ssh_private_key_file", "identity"), lookup(alias, "bramble_dir")
    }
}
