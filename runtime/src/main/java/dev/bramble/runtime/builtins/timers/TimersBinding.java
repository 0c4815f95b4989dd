// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.timers;

import dev.bramble.runtime.loop.EventLoop;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import io.netty.util.concurrent.ScheduledFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java half of timers and immediates. JS keeps the timer lists and the immediate queue; Java
 * keeps one Netty timer for the earliest expiry and one queued task for immediates, and calls back
 * one callback at a time so process.nextTick and microtasks run between callbacks, as in Node.
 */
public final class TimersBinding {

    private final EventLoop loop;
    private final Loop.Handle timerHandle;
    private final Loop.Handle immediateHandle;
    private Value processTimers;   // (now) => -1 ran one timer, call again; 0 none left; >0 next expiry (ms)
    private Value startImmediates; // () => number of immediates in this pass
    private Value runImmediate;    // () => runs the next immediate of the pass
    private ScheduledFuture<?> timer;
    private double timerAt;
    private boolean immediateQueued;
    private boolean timersFirst;

    public TimersBinding(Host host) {
        this.loop = (EventLoop) host.loop();
        timerHandle = loop.handle("timers");
        timerHandle.unref();
        immediateHandle = loop.handle("immediates");
        immediateHandle.unref();
    }

    @HostAccess.Export
    public void setup(Value processTimers, Value startImmediates, Value runImmediate) {
        this.processTimers = processTimers;
        this.startImmediates = startImmediates;
        this.runImmediate = runImmediate;
    }

    /** Loop time in milliseconds (fractional), the clock every timer is measured against. */
    @HostAccess.Export
    public double now() {
        return EventLoop.now();
    }

    /** The loop's cached clock as a shared Float64 (see EventLoop). */
    @HostAccess.Export
    public Object timeInfo() {
        return loop.timeInfo();
    }

    /** Sets the loop's cached clock to now (before the program's entry runs). */
    @HostAccess.Export
    public void refreshClock() {
        loop.timeInfo().putDouble(0, EventLoop.now());
    }

    /** Makes sure the Netty timer fires by {@code at} (loop ms). */
    @HostAccess.Export
    public void scheduleTimer(double at) {
        if (timer != null && !timer.isDone() && timerAt <= at) return;
        if (timer != null) timer.cancel(false);
        timerAt = at;
        long delay = Math.max(0, (long) ((at - now()) * 1e6));
        timer = loop.schedule(this::fireTimers, delay);
    }

    @HostAccess.Export
    public void refTimers(boolean ref) {
        if (ref) timerHandle.ref(); else timerHandle.unref();
    }

    /** {@code timersFirst}: set from the main run or an immediate, so due timers go first (next loop turn). */
    @HostAccess.Export
    public void scheduleImmediates(boolean timersFirst) {
        this.timersFirst |= timersFirst;
        if (immediateQueued) return;
        immediateQueued = true;
        loop.execute(this::fireImmediates);
    }

    @HostAccess.Export
    public void refImmediates(boolean ref) {
        if (ref) immediateHandle.ref(); else immediateHandle.unref();
    }

    private void fireTimers() {
        timer = null;
        double now = now();
        while (!loop.finished()) {
            Value r = callForValue(processTimers, now);
            double next = r == null ? -1 : r.asDouble();
            if (next == -1) continue;
            if (next > 0) scheduleTimer(next);
            return;
        }
    }

    private void fireImmediates() {
        immediateQueued = false;
        if (timersFirst) {
            timersFirst = false;
            if (timer != null && timerAt <= now()) {
                timer.cancel(false);
                fireTimers();
            }
        }
        Value n = callForValue(startImmediates);
        int count = n == null ? 0 : n.asInt();
        for (int i = 0; i < count && !loop.finished(); i++) loop.call(runImmediate);
    }

    private Value callForValue(Value fn, Object... args) {
        return loop.callValue(fn, args);
    }
}
