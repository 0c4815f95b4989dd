// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.util.concurrent.TimeUnit;

/**
 * One side's TLS settings for new connections (a TLS server's, or a tls.connect()'s): the Netty
 * context, the role and the handshake timeout. net's binding asks it for an SslHandler per channel.
 */
public final class TlsConfig {

    private final SslContext context;
    private final boolean server;
    private final long handshakeTimeoutMs;

    TlsConfig(SslContext context, boolean server, long handshakeTimeoutMs) {
        this.context = context;
        this.server = server;
        this.handshakeTimeoutMs = handshakeTimeoutMs;
    }

    public boolean server() {
        return server;
    }

    /** A handler for one connection; {@code sni} (client side) is the server name to send, or null. */
    public SslHandler newHandler(Channel ch, String sni, int port) {
        SslHandler h = server || sni == null ? context.newHandler(ch.alloc()) : context.newHandler(ch.alloc(), sni, port);
        h.setHandshakeTimeout(handshakeTimeoutMs, TimeUnit.MILLISECONDS);
        // Node sends close_notify on end() and does not wait for the peer's.
        h.setCloseNotifyReadTimeout(0, TimeUnit.MILLISECONDS);
        return h;
    }
}
