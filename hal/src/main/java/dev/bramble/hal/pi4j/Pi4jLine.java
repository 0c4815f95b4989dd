// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.IO;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfigBuilder;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfigBuilder;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import dev.bramble.hal.AbstractLine;
import dev.bramble.hal.HalTimer;
import dev.bramble.hal.LineConfig;
import dev.bramble.hal.Pin;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A line through Pi4J. Pi4J has separate input and output objects, so a change of direction (or of pull
 * or debounce, fixed at request time) re-requests the line; Pi4J's listener thread feeds {@link #rawEdge}.
 */
final class Pi4jLine extends AbstractLine {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Pi4jBoard board;
    private final Context context;
    private final String inputProvider;
    private final String outputProvider;
    private IO<?, ?, ?> io;

    Pi4jLine(Pi4jBoard board, Context context, String inputProvider, String outputProvider, Pin pin, LineConfig config) {
        super(pin, config, HalTimer.get());
        this.board = board;
        this.context = context;
        this.inputProvider = inputProvider;
        this.outputProvider = outputProvider;
        request(config);
    }

    private synchronized void request(LineConfig c) {
        String id = "bramble-" + pin().name() + "-" + SERIAL.incrementAndGet();
        if (c.direction() == LineConfig.Direction.OUT) {
            boolean level = (c.initial() != 0) != c.activeLow();
            io = context.create(DigitalOutputConfigBuilder.newInstance(context).id(id).address(pin().line())
                    .initial(level ? DigitalState.HIGH : DigitalState.LOW).provider(outputProvider).build());
            return;
        }
        long debounceMicros = c.debounce().kind() == LineConfig.Debounce.Kind.DRIVER ? c.debounce().period().toNanos() / 1000 : 0;
        DigitalInput in = context.create(DigitalInputConfigBuilder.newInstance(context).id(id).address(pin().line())
                .pull(pull(c.bias())).debounce(debounceMicros).provider(inputProvider).build());
        in.addListener(e -> rawEdge(e.state() == DigitalState.HIGH, System.nanoTime()));
        io = in;
    }

    private static PullResistance pull(LineConfig.Bias bias) {
        return switch (bias) {
            case PULL_UP -> PullResistance.PULL_UP;
            case PULL_DOWN -> PullResistance.PULL_DOWN;
            case DISABLE, AS_IS -> PullResistance.OFF;
        };
    }

    @Override
    protected synchronized boolean readPhysical() {
        if (io instanceof DigitalOutput out) {
            return out.state() == DigitalState.HIGH;
        }
        return ((DigitalInput) io).state() == DigitalState.HIGH;
    }

    @Override
    protected synchronized void writePhysical(boolean level) {
        ((DigitalOutput) io).state(level ? DigitalState.HIGH : DigitalState.LOW);
    }

    @Override
    protected synchronized void applyConfig(LineConfig before, LineConfig after) {
        boolean sameRequest = before.direction() == after.direction() && before.bias() == after.bias()
                && before.debounce().equals(after.debounce());
        if (sameRequest) {
            return; // active-low and edge selection are applied in AbstractLine
        }
        int keep = after.direction() == LineConfig.Direction.OUT && before.direction() == LineConfig.Direction.OUT ? logical(readPhysical()) : after.initial();
        shutdown();
        request(after.withDirection(after.direction(), keep));
    }

    @Override
    protected synchronized void release() {
        shutdown();
        board.forget(this);
    }

    private void shutdown() {
        if (io != null) {
            context.shutdown(io.id());
            io = null;
        }
    }
}
