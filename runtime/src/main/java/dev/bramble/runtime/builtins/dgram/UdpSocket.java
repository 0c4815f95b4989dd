// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dgram;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.errors.SystemErrors;
import dev.bramble.runtime.spi.Loop;
import dev.bramble.runtime.spi.Permissions.Kind;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.unix.Errors;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One UDP socket (libuv's uv_udp_t): a Netty datagram channel on the JS loop, so datagrams reach
 * JS with no thread hop as {@code onMessage(ArrayBuffer, address, family, port)}. Errors go back
 * to the glue as libuv codes: a negated errno from the native transport, else a name ("EADDRINUSE").
 */
public final class UdpSocket {

    private final HostImpl host;
    private final boolean v6;
    private final Value onMessage;
    private final Value onError;
    private final Bootstrap bootstrap;
    private DatagramChannel channel;
    private java.nio.channels.DatagramChannel nio;
    private Loop.Handle handle;
    private boolean unref;
    private final Membership memberships = new Membership();
    private String lastPeer;
    private String lastIp;
    private InetSocketAddress lastTo;
    private int queued;
    private long queuedBytes;

    UdpSocket(HostImpl host, boolean v6, boolean ipv6Only, boolean reuseAddr, Value onMessage, Value onError) {
        this.host = host;
        this.v6 = v6;
        this.onMessage = onMessage;
        this.onError = onError;
        this.bootstrap = new Bootstrap().group(host.loop().netty())
                .channelFactory(() -> {
                    Transport.Created c = Transport.datagram(v6);
                    nio = c.nio();
                    return c.channel();
                })
                .option(ChannelOption.SO_REUSEADDR, reuseAddr)
                // Up to the largest datagram, as libuv reads (Netty's default would cut at 2 KiB).
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(65536))
                .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                        receive(packet);
                    }

                    @Override
                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                        host.loop().call(onError, code(cause), "recvmsg");
                    }
                });
        if (v6 && ipv6Only && Transport.ipv6Only() != null) bootstrap.option(Transport.ipv6Only(), 1);
    }

    private void receive(DatagramPacket packet) {
        ByteBuf content = packet.content();
        byte[] bytes = new byte[content.readableBytes()];
        content.readBytes(bytes);
        InetAddress from = packet.sender().getAddress();
        host.loop().call(onMessage, host.buffer(bytes), Addresses.format(from, v6), Addresses.family(from, v6),
                packet.sender().getPort());
    }

    /** A libuv error for a Java/Netty exception: a negated errno (a number) or a code name. */
    static Object code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Errors.NativeIoException n) return n.expectedErr();
        }
        // NIO says it in words (the OS's strerror text).
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        for (String[] known : SOCKET_ERRORS) if (m.contains(known[0])) return known[1];
        return SystemErrors.code(e);
    }

    private static final String[][] SOCKET_ERRORS = {
        {"message too long", "EMSGSIZE"}, {"network is unreachable", "ENETUNREACH"},
        {"cannot assign requested address", "EADDRNOTAVAIL"}, {"address already in use", "EADDRINUSE"},
        {"no such device", "ENODEV"}, {"permission denied", "EACCES"}, {"protocol not available", "ENOPROTOOPT"},
    };

    /**
     * Binds to {@code ip:port} (the glue resolved {@code name}); {@code done(err)} on the loop.
     * The implicit bind before a first send or connect (no name, port 0) needs no grant, as a TCP
     * client's local port needs none; the send or connect is checked.
     */
    @HostAccess.Export
    public void bind(String ip, int port, String name, Value done) {
        if (name != null || port != 0) {
            host.permissions().check(Kind.NET, Addresses.hostPort(name == null ? ip : name, port), "dgram.Socket.bind()");
        }
        InetAddress address = Addresses.literal(ip);
        ChannelFuture f = bootstrap.bind(new InetSocketAddress(address, port));
        channel = (DatagramChannel) f.channel();
        handle = host.loop().handle("udp");
        if (unref) handle.unref();
        f.addListener(r -> host.loop().call(done, r.isSuccess() ? null : code(r.cause())));
    }

    /** Sends one datagram (to the connected peer when {@code ip} is null); {@code done(err, bytes)}. */
    @HostAccess.Export
    public void send(Value data, String ip, int port, String name, Value done) {
        InetSocketAddress to = null;
        if (ip != null) {
            String peer = Addresses.hostPort(name == null ? ip : name, port);
            // Grants do not change while the program runs: a peer once allowed is allowed again.
            if (!peer.equals(lastPeer)) {
                host.permissions().check(Kind.NET, peer, "dgram.Socket.send()");
                lastPeer = peer;
                lastIp = null;
            }
            if (!ip.equals(lastIp)) {
                lastIp = ip;
                lastTo = new InetSocketAddress(Addresses.literal(ip), port);
            }
            to = lastTo;
        }
        byte[] bytes = host.bytes(data);
        if (bytes.length == 0) {
            Object err = Transport.sendEmpty(channel, nio, to);
            host.loop().execute(() -> {
                if (done != null && !done.isNull()) host.loop().call(done, err, 0);
            });
            return;
        }
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        Object msg = to == null ? buf : new DatagramPacket(buf, to);
        queued++;
        queuedBytes += bytes.length;
        channel.writeAndFlush(msg).addListener(r -> {
            queued--;
            queuedBytes -= bytes.length;
            if (done != null && !done.isNull()) host.loop().call(done, r.isSuccess() ? null : code(r.cause()), bytes.length);
        });
    }

    @HostAccess.Export
    public void connect(String ip, int port, String name, Value done) {
        host.permissions().check(Kind.NET, Addresses.hostPort(name == null ? ip : name, port), "dgram.Socket.connect()");
        channel.connect(new InetSocketAddress(Addresses.literal(ip), port))
                .addListener(r -> host.loop().call(done, r.isSuccess() ? null : code(r.cause())));
    }

    /** Forgets the connected peer (connect(AF_UNSPEC), as libuv does). */
    @HostAccess.Export
    public Object disconnect() {
        if (channel == null) return -9;
        ChannelFuture f = channel.disconnect();
        if (f.isDone() && !f.isSuccess()) return code(f.cause());
        Transport.reactivate(channel);
        return null;
    }

    /** [address, family, port] of our end, or null while unbound. */
    @HostAccess.Export
    public Object[] address() {
        return describe(channel == null ? null : channel.localAddress());
    }

    @HostAccess.Export
    public Object[] remoteAddress() {
        return describe(channel == null || !channel.isConnected() ? null : channel.remoteAddress());
    }

    private Object[] describe(InetSocketAddress a) {
        if (a == null) return null;
        return new Object[] {Addresses.format(a.getAddress(), v6), Addresses.family(a.getAddress(), v6), a.getPort()};
    }

    @HostAccess.Export
    public void close() {
        if (channel != null) channel.close();
        if (handle != null) handle.close();
    }

    @HostAccess.Export
    public void ref() {
        unref = false;
        if (handle != null) handle.ref();
    }

    @HostAccess.Export
    public void unref() {
        unref = true;
        if (handle != null) handle.unref();
    }

    @HostAccess.Export
    public double sendQueueSize() {
        return queuedBytes;
    }

    @HostAccess.Export
    public double sendQueueCount() {
        return queued;
    }

    // Socket options: null on success, else the libuv error.

    @HostAccess.Export
    public Object setBroadcast(boolean on) {
        return option(ChannelOption.SO_BROADCAST, on);
    }

    @HostAccess.Export
    public Object setTTL(int ttl) {
        return Transport.setTtl(channel, v6, ttl);
    }

    @HostAccess.Export
    public Object setMulticastTTL(int ttl) {
        if (channel != null && (ttl < 0 || ttl > 255)) return -22;
        return option(ChannelOption.IP_MULTICAST_TTL, ttl);
    }

    @HostAccess.Export
    public Object setMulticastLoopback(boolean on) {
        return option(ChannelOption.IP_MULTICAST_LOOP_DISABLED, !on);
    }

    @HostAccess.Export
    public Object setMulticastInterface(String ip) {
        if (channel == null) return -9;
        InetAddress a = Addresses.literal(ip);
        if (a == null) return -22;
        try {
            NetworkInterface nic = v6 && ip.contains("%") ? NetworkInterface.getByName(ip.substring(ip.indexOf('%') + 1))
                    : NetworkInterface.getByInetAddress(a);
            if (nic == null) return -99; // EADDRNOTAVAIL
            return option(ChannelOption.IP_MULTICAST_IF, nic);
        } catch (SocketException e) {
            return code(e);
        }
    }

    @HostAccess.Export
    public Object membership(String group, String iface, String source, boolean join) {
        return memberships.change(channel, group, iface, source, join);
    }

    @HostAccess.Export
    public Object bufferSize(boolean recv, int size) {
        if (channel == null) return -9;
        ChannelOption<Integer> opt = recv ? ChannelOption.SO_RCVBUF : ChannelOption.SO_SNDBUF;
        if (size > 0) {
            Object err = option(opt, size);
            if (err != null) return err;
        }
        // Linux doubles what is asked for (bookkeeping overhead) and reports the doubled size, as Node shows.
        return channel.config().getOption(opt);
    }

    private <T> Object option(ChannelOption<T> opt, T value) {
        if (channel == null) return -9;
        try {
            return channel.config().setOption(opt, value) ? null : -92; // ENOPROTOOPT
        } catch (RuntimeException e) {
            return code(e);
        }
    }
}
