// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.net;

import io.netty.channel.Channel;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/** The channel classes of the loop's transport: epoll where Netty's native part loads, else NIO (as EventLoop picks). */
final class Transport {

    static final boolean EPOLL = Epoll.isAvailable();

    private Transport() {}

    static Channel tcp() {
        return EPOLL ? new EpollSocketChannel() : new NioSocketChannel();
    }

    static ServerChannel tcpServer() {
        return EPOLL ? new EpollServerSocketChannel() : new NioServerSocketChannel();
    }

    static Channel unix() {
        return EPOLL ? new EpollDomainSocketChannel() : new NioDomainSocketChannel();
    }

    static ServerChannel unixServer() {
        return EPOLL ? new EpollServerDomainSocketChannel() : new NioServerDomainSocketChannel();
    }

    static SocketAddress unixAddress(String path) {
        return EPOLL ? new DomainSocketAddress(path) : UnixDomainSocketAddress.of(path);
    }

    /** The path of a Unix socket address of either transport, or null for an IP address. */
    static String unixPath(SocketAddress a) {
        if (a instanceof DomainSocketAddress d) return d.path();
        if (a instanceof UnixDomainSocketAddress u) return u.getPath().toString();
        return null;
    }
}
