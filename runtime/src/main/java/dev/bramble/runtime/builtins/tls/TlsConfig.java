// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;

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
        if (!server && sni != null) {
            // The JDK leaves out SNI for single-label names such as "localhost"; Node sends what it is given.
            try {
                SSLParameters p = h.engine().getSSLParameters();
                p.setServerNames(List.of(new SNIHostName(sni)));
                h.engine().setSSLParameters(p);
            } catch (IllegalArgumentException e) {
                // not a host name the extension can carry
            }
        }
        h.setHandshakeTimeout(handshakeTimeoutMs, TimeUnit.MILLISECONDS);
        // Node sends close_notify on end() and does not wait for the peer's.
        h.setCloseNotifyReadTimeout(0, TimeUnit.MILLISECONDS);
        return h;
    }
}
