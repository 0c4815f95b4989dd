// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.net;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/** A TLS configuration (tls.createSecureContext()): Netty's SslContext on the JDK provider. */
public final class SecureContext {

    final SslContext client;
    final SslContext server;

    SecureContext(SslContext client, SslContext server) {
        this.client = client;
        this.server = server;
    }

    SslHandler newHandler(Channel ch, boolean isServer, String sni, int port) {
        if (isServer) return server.newHandler(ch.alloc());
        return sni == null ? client.newHandler(ch.alloc()) : client.newHandler(ch.alloc(), sni, port);
    }
}
