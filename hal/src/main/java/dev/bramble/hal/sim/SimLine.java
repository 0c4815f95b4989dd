// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.AbstractLine;
import dev.bramble.hal.LineConfig;
import dev.bramble.hal.Pin;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A line of the simulated board. Level changes arrive on the sim worker, as a real chip's events arrive on a reader thread. */
final class SimLine extends AbstractLine {

    private final SimBoard board;
    private volatile boolean driven;
    // Driver-debounce state; touched only on the worker thread.
    private boolean settledLevel;
    private long settledNanos;
    private ScheduledFuture<?> settling;

    SimLine(SimBoard board, Pin pin, LineConfig config) {
        super(pin, config, dev.bramble.hal.HalTimer.get());
        this.board = board;
        this.driven = (config.initial() != 0) != config.activeLow();
    }

    boolean driven() {
        return driven;
    }

    @Override
    protected boolean readPhysical() {
        return board.level(pin().line());
    }

    @Override
    protected void writePhysical(boolean level) {
        driven = level;
        board.update(pin().line());
    }

    @Override
    protected void applyConfig(LineConfig before, LineConfig after) {
        if (after.direction() == LineConfig.Direction.OUT && before.direction() != LineConfig.Direction.OUT) {
            driven = (after.initial() != 0) != after.activeLow();
        }
        board.update(pin().line());
    }

    @Override
    protected void release() {
        board.detach(this);
    }

    @Override
    protected void watched() {
        board.started(pin().line());
    }

    /** The physical level changed; runs on the worker thread. */
    void changed(boolean level, long nanos) {
        LineConfig.Debounce d = config().debounce();
        if (d.isNone() || d.kind() != LineConfig.Debounce.Kind.DRIVER) {
            rawEdge(level, nanos);
            return;
        }
        // The virtual chip's glitch filter: report a level once it has held for the period.
        settledLevel = level;
        settledNanos = nanos;
        if (settling != null) {
            settling.cancel(false);
        }
        settling = board.worker().schedule(() -> rawEdge(settledLevel, settledNanos), d.period().toNanos(), TimeUnit.NANOSECONDS);
    }
}
