// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dgram;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP addresses written the way Node (inet_ntop) writes them: {@code ::1}, not Java's {@code 0:0:0:0:0:0:0:1}. */
public final class Addresses {

    private Addresses() {}

    /** An IP literal to an address, never a name lookup; null if it is not a literal. */
    public static InetAddress literal(String ip) {
        if (ip == null || ip.isEmpty()) return null;
        if (!ip.contains(":") && !ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) return null;
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            // A zone Java cannot place ("fe80::1%eth9"): the address without it.
            int pct = ip.indexOf('%');
            return pct > 0 ? literal(ip.substring(0, pct)) : null;
        }
    }

    public static String family(InetAddress a, boolean v6Socket) {
        return a instanceof Inet6Address || v6Socket ? "IPv6" : "IPv4";
    }

    /**
     * Node's text for an address. On an IPv6 socket an IPv4 peer is the mapped {@code ::ffff:1.2.3.4}
     * (Java turns mapped addresses into Inet4Address).
     */
    public static String format(InetAddress a, boolean v6Socket) {
        if (a instanceof Inet4Address) return v6Socket ? "::ffff:" + a.getHostAddress() : a.getHostAddress();
        Inet6Address v6 = (Inet6Address) a;
        byte[] b = v6.getAddress();
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        // The longest run of two or more zero words becomes "::" (RFC 5952).
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(words[i]));
        }
        String scope = v6.getScopedInterface() != null ? v6.getScopedInterface().getName()
                : v6.getScopeId() != 0 ? String.valueOf(v6.getScopeId()) : null;
        return scope == null ? sb.toString() : sb + "%" + scope;
    }

    /** {@code host:port} as permissions see it, an IPv6 host in brackets. */
    public static String hostPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
