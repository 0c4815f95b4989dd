# SPDX-License-Identifier: Apache-2.0
# Flattens one JSON document into lines "path<TAB>type<TAB>value", so that plain sh can read an
# app's package.json without jq, python or node on the machine (bramble-deploy promises POSIX tools
# only). Paths join object keys and array indices with "."; the root's path is ".". Containers get
# a line of their own (type "object" or "array", empty value) before their members, so a reader can
# tell `"read": true` from `"read": []`. Types: object array string number true false null.
# String escapes: \" \\ \/ and printable-ASCII \u00XX are decoded; every other escape is kept as
# written (a backslash and its letter), so no value ever holds a raw tab or newline.
# Works with mawk, gawk and busybox awk.

{ doc = doc $0 "\n" }

END {
    n = length(doc)
    pos = 1
    skip_ws()
    if (pos > n) fail("empty document")
    parse_value("")
    skip_ws()
    if (pos <= n) fail("unexpected text after the end of the document")
}

function fail(msg) {
    printf "invalid JSON: %s (at character %d)\n", msg, pos > "/dev/stderr"
    exit 2
}

function emit(path, type, value) {
    printf "%s\t%s\t%s\n", path == "" ? "." : path, type, value
}

function skip_ws(    c) {
    while (pos <= n) {
        c = substr(doc, pos, 1)
        if (c != " " && c != "\t" && c != "\n" && c != "\r") return
        pos++
    }
}

function join_path(path, key) {
    return path == "" ? key : path "." key
}

function parse_value(path,    c, rest) {
    c = substr(doc, pos, 1)
    if (c == "{") { parse_object(path); return }
    if (c == "[") { parse_array(path); return }
    if (c == "\"") { emit(path, "string", parse_string()); return }
    if (substr(doc, pos, 4) == "true") { pos += 4; emit(path, "true", "true"); return }
    if (substr(doc, pos, 5) == "false") { pos += 5; emit(path, "false", "false"); return }
    if (substr(doc, pos, 4) == "null") { pos += 4; emit(path, "null", ""); return }
    rest = substr(doc, pos, 64)
    if (match(rest, /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) {
        emit(path, "number", substr(rest, 1, RLENGTH))
        pos += RLENGTH
        return
    }
    fail("unexpected character '" c "'")
}

function parse_object(path,    key, c) {
    pos++
    emit(path, "object", "")
    skip_ws()
    if (substr(doc, pos, 1) == "}") { pos++; return }
    for (;;) {
        skip_ws()
        if (substr(doc, pos, 1) != "\"") fail("expected a quoted key")
        key = parse_string()
        skip_ws()
        if (substr(doc, pos, 1) != ":") fail("expected ':' after key \"" key "\"")
        pos++
        skip_ws()
        parse_value(join_path(path, key))
        skip_ws()
        c = substr(doc, pos, 1)
        pos++
        if (c == "}") return
        if (c != ",") { pos--; fail("expected ',' or '}'") }
    }
}

function parse_array(path,    i, c) {
    pos++
    emit(path, "array", "")
    skip_ws()
    if (substr(doc, pos, 1) == "]") { pos++; return }
    for (i = 0; ; i++) {
        skip_ws()
        parse_value(join_path(path, i))
        skip_ws()
        c = substr(doc, pos, 1)
        pos++
        if (c == "]") return
        if (c != ",") { pos--; fail("expected ',' or ']'") }
    }
}

function parse_string(    out, c, e, hex) {
    pos++
    out = ""
    while (pos <= n) {
        c = substr(doc, pos, 1)
        if (c == "\"") { pos++; return out }
        if (c == "\n" || c == "\t" || c == "\r") fail("raw control character inside a string")
        if (c != "\\") { out = out c; pos++; continue }
        e = substr(doc, pos + 1, 1)
        pos += 2
        if (e == "\"" || e == "\\" || e == "/") { out = out e; continue }
        if (e == "u") {
            hex = substr(doc, pos, 4)
            pos += 4
            out = out decode_u(hex)
            continue
        }
        out = out "\\" e
    }
    fail("unterminated string")
}

function decode_u(hex,    v, i, d) {
    v = 0
    for (i = 1; i <= 4; i++) {
        d = index("0123456789abcdef", tolower(substr(hex, i, 1)))
        if (d == 0) fail("bad \\u escape")
        v = v * 16 + d - 1
    }
    if (v >= 32 && v < 127) return sprintf("%c", v)
    return "\\u" hex
}
