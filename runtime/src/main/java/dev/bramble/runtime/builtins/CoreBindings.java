// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins;

import dev.bramble.runtime.builtins.buffer.BufferBinding;
import dev.bramble.runtime.builtins.child_process.ChildProcessBinding;
import dev.bramble.runtime.builtins.crypto.CryptoBinding;
import dev.bramble.runtime.builtins.fs.FsBinding;
import dev.bramble.runtime.builtins.dgram.UdpBinding;
import dev.bramble.runtime.builtins.dns.DnsBinding;
import dev.bramble.runtime.builtins.http.HttpParserBinding;
import dev.bramble.runtime.builtins.modules.ModulesBinding;
import dev.bramble.runtime.builtins.net.NetBinding;
import dev.bramble.runtime.builtins.os.OsBinding;
import dev.bramble.runtime.builtins.process.ProcessBinding;
import dev.bramble.runtime.builtins.repl.ReplBinding;
import dev.bramble.runtime.builtins.stdio.StdioBinding;
import dev.bramble.runtime.builtins.timers.TimersBinding;
import dev.bramble.runtime.builtins.tls.TlsBinding;
import dev.bramble.runtime.builtins.util.UtilBinding;
import dev.bramble.runtime.builtins.zlib.ZlibBinding;
import dev.bramble.runtime.spi.Host;
import java.util.Map;
import java.util.function.Function;

/** The table of contents of the core bindings: {@code internalBinding(name)} for Node's own modules. */
public final class CoreBindings {

    private CoreBindings() {}

    public static final Map<String, Function<Host, Object>> ALL = Map.ofEntries(
            Map.entry("buffer", BufferBinding::new),
            Map.entry("child_process", ChildProcessBinding::new),
            Map.entry("crypto", CryptoBinding::new),
            Map.entry("dns", DnsBinding::new),
            Map.entry("fs", FsBinding::new),
            Map.entry("http_parser", HttpParserBinding::new),
            Map.entry("modules", ModulesBinding::new),
            Map.entry("net", NetBinding::new),
            Map.entry("os", OsBinding::new),
            Map.entry("process", ProcessBinding::new),
            Map.entry("repl", ReplBinding::new),
            Map.entry("stdio", StdioBinding::new),
            Map.entry("timers", TimersBinding::new),
            Map.entry("tls", TlsBinding::new),
            Map.entry("udp", UdpBinding::new),
            Map.entry("util", UtilBinding::new),
            Map.entry("zlib", ZlibBinding::new));
}
