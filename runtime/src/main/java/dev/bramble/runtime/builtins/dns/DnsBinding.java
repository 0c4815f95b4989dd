// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dns;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.builtins.dgram.Addresses;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import dev.bramble.runtime.spi.Permissions.Kind;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * dns: {@link #lookup} and {@link #lookupService} ask the operating system (getaddrinfo/getnameinfo
 * through InetAddress, on the worker pool, as libuv does); {@link #resolver} makes a DNS client
 * (Netty's, on the loop) for resolve*, as c-ares serves Node. --allow-net is checked for the name
 * (or address) being looked up.
 *
 * <p>Ops: {@link #lookup}, {@link #lookupService}, {@link #resolver}, {@link #systemServers}.
 */
public final class DnsBinding {

    private static final int V4MAPPED = 8;   // dns.V4MAPPED
    private static final int ALL = 16;       // dns.ALL
    private final HostImpl host;

    public DnsBinding(Host host) {
        this.host = (HostImpl) host;
    }

    /**
     * getaddrinfo: {@code done(null, [address, family, ...])} in the system's order, or
     * {@code done(code)} ("ENOTFOUND", "EAI_AGAIN").
     */
    @HostAccess.Export
    public void lookup(String hostname, int family, int hints, Value done) {
        host.permissions().check(Kind.NET, hostname, "dns.lookup()");
        Loop loop = host.loop();
        Loop.Handle pending = loop.handle("getaddrinfo");
        loop.workers().execute(() -> {
            Object result;
            try {
                result = addresses(InetAddress.getAllByName(hostname), family, hints).toArray();
            } catch (UnknownHostException e) {
                result = e.getMessage() != null && e.getMessage().contains("Temporary failure") ? "EAI_AGAIN" : "ENOTFOUND";
            } catch (RuntimeException e) {
                result = "ENOTFOUND";
            }
            Object r = result;
            loop.execute(() -> {
                pending.close();
                if (r instanceof String code) loop.call(done, code);
                else loop.call(done, null, r);
            });
        });
    }

    private static List<Object> addresses(InetAddress[] found, int family, int hints) throws UnknownHostException {
        List<Object> out = new ArrayList<>();
        boolean anyV6 = false;
        for (InetAddress a : found) anyV6 |= a instanceof Inet6Address;
        for (InetAddress a : found) {
            boolean v6 = a instanceof Inet6Address;
            if (family == 4 && v6) continue;
            if (family == 6 && !v6) {
                // V4MAPPED: IPv4 answers as ::ffff:a.b.c.d when there is no IPv6 one (or always, with ALL).
                if ((hints & V4MAPPED) != 0 && (!anyV6 || (hints & ALL) != 0)) {
                    out.add(Addresses.format(a, true));
                    out.add(6);
                }
                continue;
            }
            out.add(Addresses.format(a, false));
            out.add(v6 ? 6 : 4);
        }
        if (out.isEmpty()) throw new UnknownHostException();
        return out;
    }

    /** getnameinfo: {@code done(null, hostname, service)}, or {@code done(code)}. */
    @HostAccess.Export
    public void lookupService(String address, int port, Value done) {
        host.permissions().check(Kind.NET, address, "dns.lookupService()");
        Loop loop = host.loop();
        Loop.Handle pending = loop.handle("getnameinfo");
        loop.workers().execute(() -> {
            InetAddress a = Addresses.literal(address);
            String canonical = a == null ? null : a.getCanonicalHostName();
            // Java answers the address itself when there is no name; Node asks with NI_NAMEREQD.
            String name = canonical == null || canonical.equals(a.getHostAddress()) ? null : canonical;
            String service = service(port);
            loop.execute(() -> {
                pending.close();
                if (name == null) loop.call(done, "ENOTFOUND");
                else loop.call(done, null, name, service);
            });
        });
    }

    /** The service name of a TCP port in /etc/services, else the number (as getnameinfo). */
    static String service(int port) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/services"))) {
                int hash = line.indexOf('#');
                String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                if (f.length >= 2 && f[1].equals(port + "/tcp")) return f[0];
            }
        } catch (IOException | RuntimeException ignored) {
            // no services database
        }
        return String.valueOf(port);
    }

    @HostAccess.Export
    public DnsResolver resolver(double timeoutMs, int tries) {
        // c-ares's default: 2 s per server and try.
        return new DnsResolver(host, timeoutMs < 0 ? 2000 : (long) timeoutMs, tries, systemServers());
    }

    /** The name servers of /etc/resolv.conf as "ip" or "ip:port" (c-ares falls back to 127.0.0.1). */
    @HostAccess.Export
    public String[] systemServers() {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2 && f[0].equals("nameserver") && Addresses.literal(f[1].replaceFirst("%.*", "")) != null) {
                    InetAddress a = Addresses.literal(f[1].replaceFirst("%.*", ""));
                    out.add(Addresses.format(a, false));
                }
            }
        } catch (IOException ignored) {
            // none configured
        }
        if (out.isEmpty()) out.add("127.0.0.1");
        return out.toArray(String[]::new);
    }
}
