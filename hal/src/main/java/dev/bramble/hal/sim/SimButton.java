// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.Pin;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A push button between a pin and 3V3 ({@code to-3v3}) or ground ({@code to-ground}), with optional
 * contact bounce. Presses run on the sim worker thread, scheduled or on demand.
 */
public final class SimButton {

    private final SimBoard board;
    private final String id;
    private final Pin pin;
    private final boolean toGround;
    private final Scenario.Bounce bounce;
    private final List<Scenario.Press> presses;
    private volatile boolean pressed;
    private boolean started;

    SimButton(SimBoard board, String id, Pin pin, boolean toGround, Scenario.Bounce bounce, List<Scenario.Press> presses) {
        this.board = board;
        this.id = id;
        this.pin = pin;
        this.toGround = toGround;
        this.bounce = bounce;
        this.presses = presses == null ? List.of() : List.copyOf(presses);
    }

    public String id() {
        return id;
    }

    public Pin pin() {
        return pin;
    }

    public boolean isPressed() {
        return pressed;
    }

    /** The level the pin sees while the contact is closed. */
    boolean closedLevel() {
        return !toGround;
    }

    public void press() {
        board.worker().execute(() -> settle(true));
    }

    public void release() {
        board.worker().execute(() -> settle(false));
    }

    /** Presses now and releases after {@code holdMs}. */
    public void click(double holdMs) {
        press();
        board.worker().schedule(() -> settle(false), (long) (holdMs * 1e6), TimeUnit.NANOSECONDS);
    }

    /** Starts the scenario's presses, counted from now; called when the program first opens the pin. */
    synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        for (Scenario.Press p : presses) {
            board.worker().schedule(() -> settle(true), (long) (p.atMs() * 1e6), TimeUnit.NANOSECONDS);
            board.worker().schedule(() -> settle(false), (long) ((p.atMs() + p.holdMs()) * 1e6), TimeUnit.NANOSECONDS);
        }
    }

    /** Moves the contact to {@code closed}, flipping it {@code bounce.count} extra times on the way. Worker thread. */
    private void settle(boolean closed) {
        if (closed == pressed) {
            return;
        }
        pressed = closed;
        int flips = bounce == null ? 0 : bounce.count();
        long step = bounce == null ? 0 : (long) (bounce.intervalMs() * 1e6);
        board.contact(this, closed);
        for (int i = 1; i <= flips * 2; i++) {
            boolean state = i % 2 == 0 ? closed : !closed;
            board.worker().schedule(() -> {
                if (pressed == closed) {
                    board.contact(this, state);
                }
            }, step * i, TimeUnit.NANOSECONDS);
        }
    }
}
