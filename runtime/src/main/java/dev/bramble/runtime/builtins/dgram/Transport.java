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

    static DatagramChannel datagram(boolean v6) {
        SocketProtocolFamily family = v6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
        return EPOLL ? new EpollDatagramChannel(family) : new NioDatagramChannel(family);
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
