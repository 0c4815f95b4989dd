// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dgram;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Permissions.Kind;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * udp: the sockets behind dgram (lib/dgram.js validates, resolves names and keeps Node's state
 * machine). A {@link UdpSocket} checks --allow-net when it binds (our address:port), sends and
 * connects (the peer's host:port).
 *
 * <p>Ops: {@link #create}, {@link #check}; the rest are on the socket.
 */
public final class UdpBinding {

    private final HostImpl host;

    public UdpBinding(Host host) {
        this.host = (HostImpl) host;
    }

    /** The --allow-net check of bind/send/connect, made when the call is made (before any lookup). */
    @HostAccess.Export
    public void check(String host, int port, String api) {
        this.host.permissions().check(Kind.NET, Addresses.hostPort(host, port), api);
    }

    /** A socket, not yet bound (no fd, like libuv's until bind or the first send). */
    @HostAccess.Export
    public UdpSocket create(boolean v6, boolean ipv6Only, boolean reuseAddr, Value onMessage, Value onError) {
        return new UdpSocket(host, v6, ipv6Only, reuseAddr, onMessage, onError);
    }
}
