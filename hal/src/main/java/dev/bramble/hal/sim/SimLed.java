// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.Pin;
import java.util.List;

/** An LED on a pin (to ground through a resistor: lit while the pin is high). Its history is the pin's. */
public final class SimLed {

    private final SimBoard board;
    private final String id;
    private final Pin pin;

    SimLed(SimBoard board, String id, Pin pin) {
        this.board = board;
        this.id = id;
        this.pin = pin;
    }

    public String id() {
        return id;
    }

    public Pin pin() {
        return pin;
    }

    public boolean isLit() {
        return board.level(pin.line());
    }

    /** Level changes of the pin since the board opened, oldest first (at most the last {@value SimBoard#HISTORY} are kept). */
    public List<SimBoard.Change> history() {
        return board.history(pin.line());
    }
}
