// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.spi;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * A command-line action a module contributes, such as {@code bramble --board-info}, found with
 * {@link java.util.ServiceLoader} in {@code META-INF/services/dev.bramble.runtime.spi.Command}.
 */
public interface Command {

    /** The flag without dashes, e.g. {@code "board-info"}. */
    String name();

    /** Runs the command; {@code options} holds --board/--sim if given. Returns the exit code. */
    int run(Map<String, String> options, List<String> args, PrintStream out, PrintStream err);
}
