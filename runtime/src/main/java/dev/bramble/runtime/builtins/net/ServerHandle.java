// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.net;

import dev.bramble.runtime.spi.Loop;
import io.netty.channel.Channel;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** A listening socket (TCP or Unix). Accepted connections reach JS as {@link StreamHandle}s. */
public final class ServerHandle {

    private final dev.bramble.runtime.loop.EventLoop loop;
    private final Channel channel;
    private final Loop.Handle ref;

    ServerHandle(dev.bramble.runtime.loop.EventLoop loop, Channel channel) {
        this.loop = loop;
        this.channel = channel;
        this.ref = loop.handle("server");
    }

    /** Stops accepting; {@code cb()} runs once the listening socket is closed. */
    @HostAccess.Export
    public void close(Value cb) {
        channel.close().addListener(f -> {
            ref.close();
            if (cb != null && !loop.finished()) loop.call(cb);
        });
    }

    @HostAccess.Export
    public Object[] address() {
        return StreamHandle.describe(channel.localAddress());
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

    Channel channel() {
        return channel;
    }
}
