// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.repl;

import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The REPL's terminal: JLine gives line editing and a history file (~/.bramble_repl_history).
 * Lines are read on their own thread (reading blocks) and evaluated on the loop, one at a time.
 */
public final class ReplBinding {

    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private static final java.util.logging.Logger JLINE_LOG = java.util.logging.Logger.getLogger("org.jline");
    private final Host host;
    private LineReader reader;
    private Loop.Handle handle;

    public ReplBinding(Host host) {
        this.host = host;
    }

    /** Reads one line with {@code prompt}, then calls {@code onLine(line)}; null at end of input, "\u0003" on Ctrl-C. */
    @HostAccess.Export
    public void read(String prompt, Value onLine) {
        if (reader == null) {
            try {
                // Without a TTY (stdin a pipe) JLine falls back to a dumb terminal, which is right,
                // but would say so on stderr through java.util.logging.
                JLINE_LOG.setLevel(java.util.logging.Level.OFF);
                Terminal terminal = TerminalBuilder.builder().system(true).build();
                reader = LineReaderBuilder.builder().terminal(terminal).appName("bramble")
                        .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".bramble_repl_history"))
                        .build();
            } catch (java.io.IOException e) {
                throw host.errors().throwIo(e, "open", "/dev/tty");
            }
            handle = host.loop().handle("repl");
        }
        Thread.ofPlatform().daemon().name("bramble-repl").start(() -> {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                line = "\u0003";
            } catch (EndOfFileException e) {
                line = null;
            }
            String result = line;
            host.loop().execute(() -> {
                if (result == null) handle.close();
                host.loop().call(onLine, result);
            });
        });
    }
}
