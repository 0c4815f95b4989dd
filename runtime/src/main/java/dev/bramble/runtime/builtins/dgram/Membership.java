// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dgram;

import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.DatagramChannel;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.HashSet;
import java.util.Set;

/**
 * Multicast group membership with the kernel's rules: the interface is the one with that address,
 * or without one the interface the route to the group leaves by (as INADDR_ANY picks it); joining
 * twice is EADDRINUSE and leaving a group not joined is EADDRNOTAVAIL. Java needs a NetworkInterface
 * and tracks groups its own way, so those rules are kept here.
 */
final class Membership {

    private static final int ENODEV = -19;
    private static final int EINVAL = -22;
    private static final int EADDRINUSE = -98;
    private static final int EADDRNOTAVAIL = -99;
    private static final int EBADF = -9;

    private final Set<String> joined = new HashSet<>();

    Object change(DatagramChannel ch, String group, String iface, String source, boolean join) {
        if (ch == null) return EBADF;
        InetAddress g = Addresses.literal(group);
        if (g == null || !g.isMulticastAddress()) return EINVAL;
        InetAddress src = source == null ? null : Addresses.literal(source);
        if (source != null && src == null) return EINVAL;
        NetworkInterface nic;
        try {
            nic = iface == null ? byRoute(g) : byAddress(iface);
        } catch (SocketException e) {
            return ENODEV;
        }
        if (nic == null) return ENODEV;
        String key = g.getHostAddress() + "|" + nic.getName() + "|" + (src == null ? "" : src.getHostAddress());
        if (join && joined.contains(key)) return EADDRINUSE;
        if (!join && !joined.contains(key)) return EADDRNOTAVAIL;
        ChannelFuture f = join ? ch.joinGroup(g, nic, src) : ch.leaveGroup(g, nic, src);
        // On the loop thread both transports do this at once.
        if (f.isDone() && !f.isSuccess()) return UdpSocket.code(f.cause());
        if (join) joined.add(key);
        else joined.remove(key);
        return null;
    }

    private static NetworkInterface byAddress(String iface) throws SocketException {
        int pct = iface.indexOf('%');
        if (pct >= 0) return NetworkInterface.getByName(iface.substring(pct + 1));
        InetAddress a = Addresses.literal(iface);
        return a == null ? null : NetworkInterface.getByInetAddress(a);
    }

    /** The interface the kernel would send to the group from: where a socket "connected" to it is bound. */
    private static NetworkInterface byRoute(InetAddress group) throws SocketException {
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(group, 9));
            InetAddress local = probe.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) return null;
            return NetworkInterface.getByInetAddress(local);
        } catch (java.io.UncheckedIOException e) {
            return null;
        }
    }
}
