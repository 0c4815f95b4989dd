// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import dev.bramble.hal.BoardInfo;
import dev.bramble.runtime.spi.Command;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code bramble --board-info [--board ID]}: the detected board and its header, as {@link BoardInfo} draws it. */
public final class BoardInfoCommand implements Command {

    @Override
    public String name() {
        return "board-info";
    }

    @Override
    public int run(Map<String, String> options, List<String> args, PrintStream out, PrintStream err) {
        try {
            out.print(BoardInfo.render(Boards.options(options)));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("bramble: " + e.getMessage());
            return 2;
        }
    }
}
