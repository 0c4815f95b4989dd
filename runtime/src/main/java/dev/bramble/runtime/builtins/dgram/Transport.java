// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dgram;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.unix.IntegerUnixChannelOption;
import io.netty.channel.unix.Socket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;

/**
 * The datagram channel of the loop's transport (epoll where Netty's native part loads, else NIO, as
 * EventLoop picks), and the socket options Netty has no name for: with epoll they are set as raw
 * setsockopt values; NIO cannot set them (ENOTSUP).
 */
final class Transport {

    static final boolean EPOLL = Epoll.isAvailable();
    private static final int IPPROTO_IP = 0;
    private static final int IP_TTL = 2;
    private static final int IPPROTO_IPV6 = 41;
    private static final int IPV6_UNICAST_HOPS = 16;
    private static final int IPV6_V6ONLY = 26;
    private static final int ENOTSUP = -95;
    private static final int EINVAL = -22;
    private static final int EBADF = -9;

    private Transport() {}

    /** A new channel, and for NIO the java.nio channel under it (for {@link #sendEmpty}). */
    record Created(DatagramChannel channel, java.nio.channels.DatagramChannel nio) {}

    static Created datagram(boolean v6) {
        SocketProtocolFamily family = v6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
        if (EPOLL) return new Created(new EpollDatagramChannel(family), null);
        try {
            java.nio.channels.DatagramChannel nio = java.nio.channels.spi.SelectorProvider.provider()
                    .openDatagramChannel(v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            return new Created(new NioDatagramChannel(nio), nio);
        } catch (IOException e) {
            throw new io.netty.channel.ChannelException(e);
        }
    }

    /**
     * Sends a datagram with no payload (to the connected peer when {@code to} is null). Both Netty
     * transports skip empty buffers, but an empty datagram is a message in UDP (and Node sends it).
     */
    static Object sendEmpty(DatagramChannel ch, java.nio.channels.DatagramChannel nio, InetSocketAddress to) {
        try {
            if (ch instanceof EpollDatagramChannel e) {
                // A view of the channel's own fd (not closed here): its send/sendto, nothing else.
                Socket s = new Socket(e.fd().intValue());
                ByteBuffer none = ByteBuffer.allocateDirect(1);
                if (to == null) s.send(none, 0, 0);
                else s.sendTo(none, 0, 0, to.getAddress(), to.getPort());
            } else if (nio != null) {
                if (to == null) nio.write(ByteBuffer.allocate(0));
                else nio.send(ByteBuffer.allocate(0), to);
            }
            return null;
        } catch (IOException e) {
            return UdpSocket.code(e);
        }
    }

    /**
     * Netty's epoll channel marks itself inactive when it disconnects (as if closed for writing),
     * though the socket is still bound and may send anywhere, as libuv's is. Its {@code active}
     * flag is put back (the field is Netty's own, of the pinned version).
     */
    static void reactivate(DatagramChannel ch) {
        if (!(ch instanceof EpollDatagramChannel) || ch.isActive() || !ch.isOpen()) return;
        try {
            var active = EpollDatagramChannel.class.getSuperclass().getDeclaredField("active");
            active.setAccessible(true);
            active.setBoolean(ch, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a Netty without that field: sends after disconnect() fail as Netty decides
        }
    }

    /** IPV6_V6ONLY, set before bind; null when this transport cannot. */
    static ChannelOption<Integer> ipv6Only() {
        return EPOLL ? new IntegerUnixChannelOption("IPV6_V6ONLY", IPPROTO_IPV6, IPV6_V6ONLY) : null;
    }

    /** The unicast TTL (IP_TTL, or IPV6_UNICAST_HOPS on an IPv6 socket): null, or a negated errno. */
    static Object setTtl(Channel ch, boolean v6, int ttl) {
        if (ch == null) return EBADF;
        if (ttl < 1 || ttl > 255) return EINVAL;
        if (!EPOLL) return ENOTSUP;
        ChannelOption<Integer> opt = v6 ? new IntegerUnixChannelOption("IPV6_UNICAST_HOPS", IPPROTO_IPV6, IPV6_UNICAST_HOPS)
                : new IntegerUnixChannelOption("IP_TTL", IPPROTO_IP, IP_TTL);
        try {
            return ch.config().setOption(opt, ttl) ? null : ENOTSUP;
        } catch (RuntimeException e) {
            return UdpSocket.code(e);
        }
    }
}
