// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.permissions;

import dev.bramble.runtime.spi.JsErrors;
import dev.bramble.runtime.spi.Permissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Grants per kind: nothing (the default), everything, or a list of resources. Deny lists override.
 * Paths match by prefix on whole segments; hosts match with or without a port; everything else by name.
 */
public final class PermissionSet implements Permissions {

    /** The grant for one kind: {@code all} or a list; null list and !all means none. */
    private static final class Grant {
        boolean all;
        final List<String> items = new ArrayList<>();

        boolean matches(Kind kind, String resource) {
            if (all) return true;
            for (String item : items) if (match(kind, item, resource)) return true;
            return false;
        }

        boolean any() {
            return all || !items.isEmpty();
        }
    }

    private final Map<Kind, Grant> allow = new EnumMap<>(Kind.class);
    private final Map<Kind, Grant> deny = new EnumMap<>(Kind.class);
    private Supplier<JsErrors> errors;

    public PermissionSet() {
        for (Kind k : Kind.values()) {
            allow.put(k, new Grant());
            deny.put(k, new Grant());
        }
    }

    public void setErrors(Supplier<JsErrors> errors) {
        this.errors = errors;
    }

    public static Kind kind(String flag) {
        for (Kind k : Kind.values()) if (k.flag.equals(flag)) return k;
        return null;
    }

    /** {@code values == null} grants everything of that kind. */
    public void allow(Kind kind, List<String> values) {
        add(allow.get(kind), kind, values);
    }

    public void deny(Kind kind, List<String> values) {
        add(deny.get(kind), kind, values);
    }

    public void allowAll() {
        for (Kind k : Kind.values()) allow.get(k).all = true;
    }

    private static void add(Grant g, Kind kind, List<String> values) {
        if (values == null) {
            g.all = true;
            return;
        }
        for (String v : values) {
            String s = v.trim();
            if (s.isEmpty()) continue;
            if (kind == Kind.READ || kind == Kind.WRITE) s = Path.of(s).toAbsolutePath().normalize().toString();
            g.items.add(s);
        }
    }

    @Override
    public boolean isGranted(Kind kind, String resource) {
        return !deny.get(kind).matches(kind, resource) && allow.get(kind).matches(kind, resource);
    }

    @Override
    public void check(Kind kind, String resource, String api) {
        if (!isGranted(kind, resource)) throw denied(kind, resource, api);
    }

    @Override
    public void checkAny(Kind kind, String api, List<String> names) {
        boolean ok = false;
        for (String n : names) {
            if (deny.get(kind).matches(kind, n)) throw denied(kind, names.get(0), api);
            if (allow.get(kind).matches(kind, n)) ok = true;
        }
        if (!ok) throw denied(kind, names.get(0), api);
    }

    /** True if some resource of this kind is granted (process.env enumeration needs all). */
    public boolean grantsAll(Kind kind) {
        return allow.get(kind).all && !deny.get(kind).any();
    }

    private RuntimeException denied(Kind kind, String resource, String api) {
        String what = describe(kind);
        String msg = "Requires " + what + " access to \"" + resource + "\", run again with the --allow-" + kind.flag
                + (kind == Kind.READ || kind == Kind.WRITE ? "" : "") + " flag";
        if (deny.get(kind).matches(kind, resource)) {
            msg = "Access to " + what + " \"" + resource + "\" is denied by --deny-" + kind.flag;
        }
        return errors.get().throwError("Error", "ERR_ACCESS_DENIED", api + ": " + msg);
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case READ -> "read";
            case WRITE -> "write";
            case NET -> "net";
            case ENV -> "env";
            case RUN -> "run";
            default -> kind.flag.toUpperCase(Locale.ROOT);
        };
    }

    static boolean match(Kind kind, String granted, String resource) {
        switch (kind) {
            case READ, WRITE -> {
                if (resource.equals(granted)) return true;
                String prefix = granted.endsWith("/") ? granted : granted + "/";
                return resource.startsWith(prefix);
            }
            case NET -> {
                // "host" grants every port of host; "host:port" just that one; "*:port" any host.
                // A bare host (a DNS lookup of the name) is granted by any grant for that host.
                String[] r = splitHostPort(resource);
                String[] g = splitHostPort(granted);
                boolean hostOk = g[0].equals("*") || g[0].equalsIgnoreCase(r[0]);
                boolean portOk = g[1] == null || r[1] == null || g[1].equals(r[1]);
                return hostOk && portOk;
            }
            case ENV -> {
                if (granted.endsWith("*")) return resource.startsWith(granted.substring(0, granted.length() - 1));
                return granted.equals(resource);
            }
            case RUN -> {
                return granted.equals(resource) || Path.of(resource).getFileName() != null
                        && Path.of(resource).getFileName().toString().equals(granted);
            }
            default -> {
                return granted.equalsIgnoreCase(resource);
            }
        }
    }

    static String[] splitHostPort(String s) {
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            String host = s.substring(1, end);
            String port = end + 1 < s.length() && s.charAt(end + 1) == ':' ? s.substring(end + 2) : null;
            return new String[] {host, port};
        }
        int c = s.lastIndexOf(':');
        if (c < 0 || s.indexOf(':') != c) return new String[] {s, null};
        return new String[] {s.substring(0, c), s.substring(c + 1)};
    }
}
