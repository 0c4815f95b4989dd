// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dns;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.builtins.dgram.Addresses;
import dev.bramble.runtime.spi.Loop;
import dev.bramble.runtime.spi.Permissions.Kind;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.DnsNameResolverChannelStrategy;
import io.netty.resolver.dns.DnsNameResolverTimeoutException;
import io.netty.util.concurrent.Future;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A DNS client with c-ares's behaviour, as Node's Resolver has it: a query goes to each server in
 * turn, {@code tries} times round, moving on after a timeout, SERVFAIL, REFUSED or NOTIMP; there is
 * no cache and no search list. Netty's DnsNameResolver sends the packets (UDP, TCP when truncated)
 * on the JS loop. Errors are c-ares's codes: ENOTFOUND (NXDOMAIN), ENODATA, ESERVFAIL, EREFUSED,
 * ETIMEOUT, ECANCELLED.
 */
public final class DnsResolver {

    private final HostImpl host;
    private final long timeoutMs;
    private final int tries;
    private List<InetSocketAddress> servers = new ArrayList<>();
    private DnsNameResolver netty4;
    private DnsNameResolver netty6;
    private InetAddress local4;
    private InetAddress local6;
    private final Set<Query> pending = new HashSet<>();

    DnsResolver(HostImpl host, long timeoutMs, int tries, String[] systemServers) {
        this.host = host;
        this.timeoutMs = timeoutMs;
        this.tries = Math.max(1, tries);
        for (String s : systemServers) servers.add(new InetSocketAddress(Addresses.literal(s), 53));
    }

    /** Netty's client for servers of this family, sending from setLocalAddress()'s address if one was given. */
    private DnsNameResolver netty(InetSocketAddress server) {
        boolean v4 = server.getAddress() instanceof Inet4Address;
        DnsNameResolver r = v4 ? netty4 : netty6;
        if (r == null) {
            boolean epoll = Epoll.isAvailable();
            DnsNameResolverBuilder b = new DnsNameResolverBuilder(host.loop().netty())
                    .datagramChannelType(epoll ? EpollDatagramChannel.class : NioDatagramChannel.class)
                    .socketChannelType(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                    .queryTimeoutMillis(timeoutMs)
                    .recursionDesired(true)
                    // A socket per query, closed after: nothing stays open for an idle or dropped
                    // Resolver (dns.setServers makes a new one each time), and source ports vary.
                    .datagramChannelStrategy(DnsNameResolverChannelStrategy.ChannelPerResolution);
            InetAddress local = v4 ? local4 : local6;
            if (local != null) b.localAddress(new InetSocketAddress(local, 0));
            r = b.build();
            if (v4) netty4 = r;
            else netty6 = r;
        }
        return r;
    }

    /** The addresses queries are sent from (c-ares's ares_set_local_ip4/6); null leaves the system's choice. */
    @HostAccess.Export
    public void setLocalAddress(String ipv4, String ipv6) {
        local4 = ipv4 == null ? null : Addresses.literal(ipv4);
        local6 = ipv6 == null ? null : Addresses.literal(ipv6);
        if (netty4 != null) netty4.close();
        if (netty6 != null) netty6.close();
        netty4 = null;
        netty6 = null;
    }

    /** Asks for {@code type} records of {@code name}: {@code done(null, [[type, ttl, ...], ...])} or {@code done(code)}. */
    @HostAccess.Export
    public void query(String type, String name, String api, Value done) {
        host.permissions().check(Kind.NET, name, api);
        start(DnsRecordType.valueOf(type), name, done);
    }

    /** PTR records of an address's in-addr.arpa / ip6.arpa name; {@code done("EINVAL")} if it is no address. */
    @HostAccess.Export
    public void reverse(String ip, Value done) {
        host.permissions().check(Kind.NET, ip, "dns.reverse()");
        InetAddress a = Addresses.literal(ip);
        if (a == null) {
            host.loop().execute(() -> host.loop().call(done, "EINVAL"));
            return;
        }
        start(DnsRecordType.PTR, arpa(a), done);
    }

    static String arpa(InetAddress a) {
        byte[] b = a.getAddress();
        StringBuilder sb = new StringBuilder();
        if (a instanceof Inet4Address) {
            for (int i = b.length - 1; i >= 0; i--) sb.append(b[i] & 0xff).append('.');
            return sb.append("in-addr.arpa").toString();
        }
        for (int i = b.length - 1; i >= 0; i--) {
            sb.append(Integer.toHexString(b[i] & 0xf)).append('.').append(Integer.toHexString((b[i] >> 4) & 0xf)).append('.');
        }
        return sb.append("ip6.arpa").toString();
    }

    private void start(DnsRecordType type, String name, Value done) {
        Query q = new Query(type, name, done, host.loop().handle("dns query"));
        pending.add(q);
        if (servers.isEmpty()) {
            q.finish("ECONNREFUSED", null);
            return;
        }
        q.attempt(0, 0);
    }

    /** Replaces the servers: [ip, port, ip, port, ...]. */
    @HostAccess.Export
    public void setServers(Value list) {
        List<InetSocketAddress> next = new ArrayList<>();
        for (long i = 0; i + 1 < list.getArraySize(); i += 2) {
            next.add(new InetSocketAddress(Addresses.literal(list.getArrayElement(i).asString()), list.getArrayElement(i + 1).asInt()));
        }
        servers = next;
    }

    /** [ip, port, ...] in order. */
    @HostAccess.Export
    public Object[] servers() {
        List<Object> out = new ArrayList<>();
        for (InetSocketAddress s : servers) {
            // Without the zone, as c-ares lists its servers.
            out.add(Addresses.format(s.getAddress(), false).replaceFirst("%.*", ""));
            out.add(s.getPort());
        }
        return out.toArray();
    }

    /** Ends every outstanding query with ECANCELLED. */
    @HostAccess.Export
    public void cancel() {
        for (Query q : List.copyOf(pending)) q.finish("ECANCELLED", null);
    }

    private final class Query {
        final DnsRecordType type;
        final String name;
        final Value done;
        final Loop.Handle handle;
        boolean finished;
        String lastError = "ETIMEOUT";

        Query(DnsRecordType type, String name, Value done, Loop.Handle handle) {
            this.type = type;
            this.name = name;
            this.done = done;
            this.handle = handle;
        }

        void attempt(int server, int round) {
            if (finished) return;
            if (server == servers.size()) {
                server = 0;
                round++;
            }
            if (round >= tries) {
                finish(lastError, null);
                return;
            }
            int s = server;
            int r = round;
            InetSocketAddress to = servers.get(server);
            Future<AddressedEnvelope<DnsResponse, InetSocketAddress>> f =
                    netty(to).query(to, new DefaultDnsQuestion(name, type));
            f.addListener(ignored -> {
                if (!f.isSuccess()) {
                    lastError = f.cause() instanceof DnsNameResolverTimeoutException ? "ETIMEOUT" : "ECONNREFUSED";
                    attempt(s + 1, r);
                    return;
                }
                AddressedEnvelope<DnsResponse, InetSocketAddress> envelope = f.getNow();
                try {
                    answer(envelope.content(), s, r);
                } finally {
                    envelope.release();
                }
            });
        }

        private void answer(DnsResponse response, int server, int round) {
            DnsResponseCode code = response.code();
            if (code == DnsResponseCode.SERVFAIL || code == DnsResponseCode.REFUSED || code == DnsResponseCode.NOTIMP) {
                lastError = code == DnsResponseCode.SERVFAIL ? "ESERVFAIL" : code == DnsResponseCode.REFUSED ? "EREFUSED" : "ENOTIMP";
                attempt(server + 1, round);
                return;
            }
            if (code == DnsResponseCode.NXDOMAIN) {
                finish("ENOTFOUND", null);
                return;
            }
            if (code != DnsResponseCode.NOERROR) {
                finish(code == DnsResponseCode.FORMERR ? "EFORMERR" : "EBADRESP", null);
                return;
            }
            List<Object[]> records = new ArrayList<>();
            try {
                for (int i = 0; i < response.count(DnsSection.ANSWER); i++) {
                    DnsRecord rec = response.recordAt(DnsSection.ANSWER, i);
                    if (type != DnsRecordType.ANY && !rec.type().equals(type)) continue;
                    Object[] decoded = Records.decode(rec);
                    if (decoded != null) records.add(decoded);
                }
            } catch (UnknownHostException | RuntimeException e) {
                finish("EBADRESP", null);
                return;
            }
            if (records.isEmpty()) finish("ENODATA", null);
            else finish(null, records.toArray());
        }

        void finish(String error, Object[] records) {
            if (finished) return;
            finished = true;
            pending.remove(this);
            // Always on a later turn, as Node queues c-ares's answers (cancel() included).
            host.loop().execute(() -> {
                handle.close();
                if (error != null) host.loop().call(done, error);
                else host.loop().call(done, null, records);
            });
        }
    }
}
