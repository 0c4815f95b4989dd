// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.net;

import dev.bramble.runtime.loop.EventLoop;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelException;
import io.netty.channel.socket.SocketChannelConfig;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A connected socket (TCP, Unix, or TLS over either) as net.Socket sees it: Netty's channel on the JS
 * loop, its reads delivered as they arrive, its writes queued in Netty with the stream's callback
 * held back while Netty's outbound buffer is over its high-water mark (that is the backpressure:
 * the JS Writable buffers, write() returns false, and 'drain' follows when Netty is writable again).
 *
 * <p>The owner is a JS object with {@code onread(ArrayBuffer)}, {@code onend()},
 * {@code onerror(errno, syscall)}, {@code onwritable()}, {@code onclose()} and, for TLS,
 * {@code onhandshake(error)}.
 */
public final class StreamHandle {

    private final Host host;
    private final EventLoop loop;
    final Channel channel;
    private final Loop.Handle ref;
    private Value onread, onend, onerror, onwritable, onclose, onhandshake;
    private boolean reading;
    private long written;

    StreamHandle(Host host, Channel channel) {
        this.host = host;
        this.loop = (EventLoop) host.loop();
        this.channel = channel;
        this.ref = loop.handle("socket");
        channel.closeFuture().addListener(f -> {
            ref.close();
            if (onclose != null) callJs(onclose);
        });
    }

    /** The pipeline's last handler: hands what the channel reads to JS. */
    final class Bridge extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                if (onread == null || !buf.isReadable()) return;
                byte[] bytes = new byte[buf.readableBytes()];
                buf.readBytes(bytes);
                callJs(onread, host.buffer(bytes));
            } finally {
                buf.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof ChannelInputShutdownEvent) {
                if (onend != null) callJs(onend);
            } else if (evt instanceof io.netty.handler.ssl.SslHandshakeCompletionEvent e) {
                if (onhandshake != null) callJs(onhandshake, e.isSuccess() ? null : dev.bramble.runtime.builtins.tls.TlsErrors.describe(e.cause()));
            } else if (evt instanceof io.netty.handler.ssl.SslCloseCompletionEvent) {
                // close_notify from the peer: the TLS stream has ended, like a FIN.
                if (onend != null) callJs(onend);
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            if (ctx.channel().isWritable() && onwritable != null) callJs(onwritable);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            boolean tls = ctx.pipeline().get(SslHandler.class) != null;
            if (tls && (cause instanceof io.netty.handler.codec.DecoderException || cause instanceof javax.net.ssl.SSLException)) {
                if (onerror != null) callJs(onerror, 0, dev.bramble.runtime.builtins.tls.TlsErrors.describe(cause));
            } else if (onerror != null) {
                callJs(onerror, NetErrors.errno(cause), NetErrors.syscall(cause));
            }
            ctx.close();
        }
    }

    private void callJs(Value fn, Object... args) {
        if (!loop.finished()) loop.call(fn, args);
    }

    /** Sets the JS callbacks; reads start with {@link #readStart}. */
    @HostAccess.Export
    public void setOwner(Value owner) {
        onread = fn(owner, "onread");
        onend = fn(owner, "onend");
        onerror = fn(owner, "onerror");
        onwritable = fn(owner, "onwritable");
        onclose = fn(owner, "onclose");
        onhandshake = fn(owner, "onhandshake");
    }

    private static Value fn(Value owner, String name) {
        Value v = owner.getMember(name);
        return v != null && v.canExecute() ? v : null;
    }

    @HostAccess.Export
    public void readStart() {
        reading = true;
        channel.config().setAutoRead(true);
    }

    @HostAccess.Export
    public void readStop() {
        reading = false;
        channel.config().setAutoRead(false);
    }

    /** Queues bytes; true if the stream may take more now, false to wait for {@code onwritable}. */
    @HostAccess.Export
    public boolean write(Value view) {
        return send(Unpooled.wrappedBuffer(host.bytes(view)));
    }

    @HostAccess.Export
    public boolean writeUtf8(String s) {
        return send(ByteBufUtil.writeUtf8(channel.alloc(), s));
    }

    @HostAccess.Export
    public boolean writeLatin1(String s) {
        return send(Unpooled.wrappedBuffer(s.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private boolean send(ByteBuf buf) {
        if (!channel.isActive()) {
            buf.release();
            return true;
        }
        written += buf.readableBytes();
        channel.writeAndFlush(buf, channel.voidPromise());
        return channel.isWritable();
    }

    /** Bytes handed to Netty so far (socket.bytesWritten, with what the JS stream still buffers). */
    @HostAccess.Export
    public long bytesWritten() {
        return written;
    }

    /** Bytes queued in Netty and not yet written to the kernel. */
    @HostAccess.Export
    public long queued() {
        var out = channel.unsafe().outboundBuffer();
        return out == null ? 0 : out.totalPendingWriteBytes();
    }

    /** Ends the writing side once everything queued is written (a FIN; close_notify first for TLS). */
    @HostAccess.Export
    public void shutdown(Value cb) {
        ChannelFuture flushed = channel.writeAndFlush(Unpooled.EMPTY_BUFFER);
        flushed.addListener(f -> {
            SslHandler ssl = channel.pipeline().get(SslHandler.class);
            if (ssl != null && f.isSuccess()) {
                ssl.closeOutbound().addListener(g -> shutdownOutput(cb));
            } else {
                shutdownOutput(cb);
            }
        });
    }

    private void shutdownOutput(Value cb) {
        if (!(channel instanceof DuplexChannel d) || !channel.isActive()) {
            callJs(cb, 0);
            return;
        }
        d.shutdownOutput().addListener(f -> callJs(cb, f.isSuccess() ? 0 : NetErrors.errno(f.cause())));
    }

    @HostAccess.Export
    public void close() {
        channel.close();
    }

    /** Closes with a TCP RST instead of a FIN (socket.resetAndDestroy()). */
    @HostAccess.Export
    public void reset() {
        if (channel.isActive() && channel.config() instanceof SocketChannelConfig c) {
            try {
                c.setSoLinger(0);
            } catch (ChannelException e) {
                // already gone: a plain close is all that is left
            }
        }
        channel.close();
    }

    @HostAccess.Export
    public void setNoDelay(boolean on) {
        if (!channel.isOpen() || !(channel.config() instanceof SocketChannelConfig c)) return;
        try {
            c.setTcpNoDelay(on);
        } catch (ChannelException e) {
            // closed meanwhile
        }
    }

    @HostAccess.Export
    public void setKeepAlive(boolean on, int delaySeconds) {
        if (!channel.isOpen() || !(channel.config() instanceof SocketChannelConfig c)) return;
        try {
            c.setKeepAlive(on);
            if (on && delaySeconds > 0 && c instanceof io.netty.channel.epoll.EpollSocketChannelConfig e) e.setTcpKeepIdle(delaySeconds);
        } catch (ChannelException e) {
            // closed meanwhile
        }
    }

    @HostAccess.Export
    public void ref() {
        ref.ref();
    }

    @HostAccess.Export
    public void unref() {
        ref.unref();
    }

    @HostAccess.Export
    public boolean hasRef() {
        return ref.hasRef();
    }

    /** [address, port, family] of this end, or [path] for a Unix socket; null once closed. */
    @HostAccess.Export
    public Object[] localAddress() {
        return describe(channel.localAddress());
    }

    @HostAccess.Export
    public Object[] remoteAddress() {
        return describe(channel.remoteAddress());
    }

    static Object[] describe(SocketAddress a) {
        if (a instanceof InetSocketAddress i && i.getAddress() != null) {
            boolean v6 = i.getAddress() instanceof java.net.Inet6Address;
            String addr = NetUtil.toAddressString(i.getAddress());
            return new Object[] {addr, i.getPort(), v6 ? "IPv6" : "IPv4"};
        }
        String path = Transport.unixPath(a);
        return path == null ? null : new Object[] {path};
    }

    boolean reading() {
        return reading;
    }

    /** The channel, for the tls binding (not exported to JS). */
    public io.netty.channel.Channel channel() {
        return channel;
    }
}
