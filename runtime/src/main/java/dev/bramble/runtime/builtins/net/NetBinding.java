// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.net;

import dev.bramble.runtime.loop.EventLoop;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Permissions.Kind;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.handler.flush.FlushConsolidationHandler;
import dev.bramble.runtime.builtins.tls.TlsConfig;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('net')}: TCP and Unix sockets on the JS loop's Netty transport. Channels
 * are registered on {@link EventLoop#netty()}, so their handlers run on the JS thread and call JS
 * with no hop. Listening binds synchronously (Node's {@code server.address()} works right after
 * {@code listen()}); connecting completes through a callback. {@code api} names the JS call in
 * permission errors ("net.connect()", "http.request()").
 *
 * <p>Ops: {@link #listen}, {@link #listenUnix}, {@link #connect}, {@link #connectUnix}, {@link #lookup}.
 */
public final class NetBinding {

    private final Host host;
    private final EventLoop loop;

    public NetBinding(Host host) {
        this.host = host;
        this.loop = (EventLoop) host.loop();
    }

    /**
     * Listens on address:port (null: every address, IPv6 and IPv4); a ServerHandle, or the errno.
     * {@code name} is the host the program named (checked against --allow-net; "0.0.0.0" for all).
     */
    @HostAccess.Export
    public Object listen(String name, String address, int port, int backlog, Value owner, Value tls, String api) {
        host.permissions().check(Kind.NET, hostPort(name == null ? "0.0.0.0" : name, port), api);
        SocketAddress at = address == null ? new InetSocketAddress(port) : new InetSocketAddress(ip(address), port);
        return bind(Transport.tcpServer(), at, backlog, owner, tls);
    }

    /** Listens on a Unix socket path (resolved by JS against the cwd). */
    @HostAccess.Export
    public Object listenUnix(String path, int backlog, Value owner, Value tls, String api) {
        host.permissions().check(Kind.READ, path, api);
        host.permissions().check(Kind.WRITE, path, api);
        return bind(Transport.unixServer(), Transport.unixAddress(path), backlog, owner, tls);
    }

    private Object bind(io.netty.channel.ServerChannel server, SocketAddress at, int backlog, Value owner, Value tls) {
        Value onconnection = owner.getMember("onconnection");
        ServerBootstrap b = new ServerBootstrap()
                .group(loop.netty(), loop.netty())
                .channelFactory(() -> server)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        StreamHandle h = new StreamHandle(host, ch);
                        pipeline(ch, h, tls, true, null, 0);
                        if (!loop.finished()) loop.call(onconnection, h);
                    }
                });
        if (backlog > 0) b.option(ChannelOption.SO_BACKLOG, backlog);
        if (Transport.unixPath(at) == null) b.option(ChannelOption.SO_REUSEADDR, true);
        ChannelFuture reg = b.register();
        if (reg.cause() != null) return NetErrors.errno(reg.cause());
        // Registration and bind run inline here on the loop thread, so the outcome is known now.
        ChannelFuture bound = reg.channel().bind(at);
        if (!bound.isDone()) throw new IllegalStateException("bind did not complete on the loop thread");
        if (!bound.isSuccess()) {
            reg.channel().close();
            return NetErrors.errno(bound.cause());
        }
        return new ServerHandle(loop, reg.channel());
    }

    /**
     * Connects to ip:port ({@code name} is what the program asked for, checked against --allow-net);
     * {@code oncomplete(errno)} runs when connected (0) or failed.
     */
    @HostAccess.Export
    public StreamHandle connect(String name, String address, int port, String localAddress, int localPort,
                                Value tls, String servername, Value oncomplete, String api) {
        host.permissions().check(Kind.NET, hostPort(name, port), api);
        SocketAddress local = localAddress == null && localPort == 0 ? null
                : new InetSocketAddress(localAddress == null ? null : ip(localAddress), localPort);
        return open(Transport.tcp(), new InetSocketAddress(ip(address), port), local, tls, servername, port, oncomplete);
    }

    @HostAccess.Export
    public StreamHandle connectUnix(String path, Value tls, String servername, Value oncomplete, String api) {
        host.permissions().check(Kind.READ, path, api);
        host.permissions().check(Kind.WRITE, path, api);
        return open(Transport.unix(), Transport.unixAddress(path), null, tls, servername, 0, oncomplete);
    }

    private StreamHandle open(Channel ch, SocketAddress remote, SocketAddress local, Value tls, String sni, int port,
                              Value oncomplete) {
        Bootstrap b = new Bootstrap().group(loop.netty()).channelFactory(() -> ch)
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 0)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel c) {}
                });
        ChannelFuture reg = b.register();
        StreamHandle h = new StreamHandle(host, ch);
        pipeline(ch, h, tls, false, sni, port);
        ChannelFuture f = local == null ? ch.connect(remote) : ch.connect(remote, local);
        // A Unix connect may complete inside connect(); JS hears of it in a later task either way.
        f.addListener(r -> loop.execute(() -> loop.call(oncomplete, r.isSuccess() ? 0 : NetErrors.errno(r.cause()))));
        if (reg.cause() != null) ch.close();
        return h;
    }

    static void pipeline(Channel ch, StreamHandle h, Value tls, boolean server, String sni, int port) {
        if (tls != null && !tls.isNull()) {
            SslHandler ssl = ((TlsConfig) tls.asHostObject()).newHandler(ch, sni, port);
            ch.pipeline().addLast("ssl", ssl);
        }
        // Writes made in one read (or one loop task) leave in one syscall.
        ch.pipeline().addLast("flush", new FlushConsolidationHandler(256, true));
        ch.pipeline().addLast("bramble", h.new Bridge());
    }

    /**
     * Resolves a host name on the worker pool with the OS resolver: {@code cb(0, [address, family, ...])}
     * or {@code cb(errno)}. {@code family} 4 or 6 filters; 0 takes both, in the resolver's order.
     */
    @HostAccess.Export
    public void lookup(String name, int port, int family, Value cb, String api) {
        host.permissions().check(Kind.NET, hostPort(name, port), api);
        var handle = loop.handle("lookup");
        loop.workers().execute(() -> {
            List<Object> out = new ArrayList<>();
            int errno = 0;
            try {
                for (InetAddress a : InetAddress.getAllByName(name)) {
                    int f = a instanceof Inet6Address ? 6 : 4;
                    if (family != 0 && f != family) continue;
                    out.add(NetUtil.toAddressString(a));
                    out.add(f);
                }
                if (out.isEmpty()) errno = -3008;
            } catch (UnknownHostException e) {
                errno = -3008;  // ENOTFOUND, as Node reports EAI_NONAME
            } catch (RuntimeException e) {
                errno = -3001;
            }
            int result = errno;
            loop.execute(() -> {
                handle.close();
                loop.call(cb, result, out.toArray());
            });
        });
    }

    /** An IP literal to an InetAddress without any name lookup. */
    private InetAddress ip(String literal) {
        byte[] b = NetUtil.createByteArrayFromIpAddressString(literal);
        if (b == null) throw host.errors().throwError("TypeError", "ERR_INVALID_IP_ADDRESS", "Invalid IP address: " + literal);
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
