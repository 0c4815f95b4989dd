// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import dev.bramble.hal.Board;
import dev.bramble.hal.DigitalLine;
import dev.bramble.hal.EdgeEvent;
import dev.bramble.hal.LineConfig;
import dev.bramble.hal.LineConfig.Bias;
import dev.bramble.hal.LineConfig.Debounce;
import dev.bramble.hal.LineConfig.Direction;
import dev.bramble.hal.LineConfig.Edge;
import dev.bramble.hal.Pin;
import dev.bramble.hal.PwmChannel;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The ops of {@code gpio}, all here. Pins are handles (small integers) into this table; arguments were
 * validated by gpio.js, so a bad value here is a bug in the glue or a pin the board lacks. Each op's
 * first line checks {@code --allow-gpio} for the pin, naming the JS API.
 */
public final class GpioBinding {

    private final Host host;
    private final Map<Integer, Line> lines = new HashMap<>();
    private final Map<Integer, Output> pwms = new HashMap<>();
    private int nextHandle = 1;
    private boolean exitHooked;

    private static final class Line {
        final DigitalLine line;
        final Value onEdge;
        Loop.Handle keepAlive;

        Line(DigitalLine line, Value onEdge) {
            this.line = line;
            this.onEdge = onEdge;
        }
    }

    private record Output(Pin pin, PwmChannel channel) {}

    GpioBinding(Host host) {
        this.host = host;
    }

    private Board board() {
        Board board = Boards.of(host);
        if (!exitHooked) {
            exitHooked = true;
            // Before the board is released: close our lines so watches and handles end in order.
            host.loop().onExit(this::closeAll);
        }
        return board;
    }

    private Pin allow(Object spec, String api) {
        Board board = board();
        Pin pin = Boards.resolve(host, board, spec);
        Boards.check(host, board, pin, api);
        return pin;
    }

    private Line line(int handle, String api) {
        Line l = lines.get(handle);
        if (l == null) {
            throw host.errors().throwError("Error", "ERR_GPIO_UNEXPORTED", "this Gpio has been unexported (" + api + ")");
        }
        Boards.check(host, board(), l.line.pin(), api);
        return l;
    }

    /** Board id, name and backend, for {@code gpio.board}. */
    @HostAccess.Export
    public String[] boardInfo() {
        Board b = board();
        return new String[] {b.profile().id(), b.profile().name(), b.backend()};
    }

    /** Whether GPIO can be used here at all (onoff's {@code Gpio.accessible}); opens no line. */
    @HostAccess.Export
    public boolean accessible() {
        try {
            board();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Requests a line; {@code onEdge(value, edge, seconds, nanos)} is called on the loop for each reported edge. */
    @HostAccess.Export
    public int open(Value spec, String direction, String edge, double debounceMs, String debounceMode,
            boolean activeLow, String bias, Value onEdge) {
        Pin pin = allow(spec.isNumber() ? (Object) spec.asDouble() : spec.asString(), "new Gpio()");
        LineConfig config = new LineConfig(Direction.IN, 0, bias(bias), activeLow, edge(edge), debounce(debounceMs, debounceMode));
        config = direction(config, direction);
        DigitalLine line;
        try {
            line = board().openLine(pin, config);
        } catch (IllegalStateException e) {
            throw host.errors().throwSystem("EBUSY", "open", pin.name(), "already in use in this process");
        }
        Line l = new Line(line, onEdge);
        int handle = nextHandle++;
        lines.put(handle, l);
        watch(l);
        return handle;
    }

    /** {@code [name, headerPin, line]} of the pin behind a handle. */
    @HostAccess.Export
    public Object[] pin(int handle) {
        Pin p = line(handle, "Gpio.pin").line.pin();
        return new Object[] {p.name(), p.header(), p.line()};
    }

    @HostAccess.Export
    public int read(int handle) {
        return line(handle, "Gpio.read()").line.read();
    }

    @HostAccess.Export
    public void write(int handle, int value) {
        Line l = line(handle, "Gpio.write()");
        try {
            l.line.write(value);
        } catch (IllegalStateException e) {
            throw host.errors().throwSystem("EPERM", "write", l.line.pin().name(), "the pin is an input; setDirection('out') first");
        }
    }

    @HostAccess.Export
    public void setDirection(int handle, String direction) {
        Line l = line(handle, "Gpio.setDirection()");
        l.line.reconfigure(direction(l.line.config(), direction));
        watch(l);
    }

    @HostAccess.Export
    public void setEdge(int handle, String edge) {
        Line l = line(handle, "Gpio.setEdge()");
        l.line.reconfigure(l.line.config().withEdge(edge(edge)));
        watch(l);
    }

    @HostAccess.Export
    public void setActiveLow(int handle, boolean activeLow) {
        Line l = line(handle, "Gpio.setActiveLow()");
        l.line.reconfigure(l.line.config().withActiveLow(activeLow));
        watch(l);
    }

    @HostAccess.Export
    public void setBias(int handle, String bias) {
        Line l = line(handle, "Gpio.setBias()");
        l.line.reconfigure(l.line.config().withBias(bias(bias)));
        watch(l);
    }

    /** Keeps the process alive while JS has watchers on the pin (onoff: a watched pin keeps node running). */
    @HostAccess.Export
    public void ref(int handle, boolean watched) {
        Line l = line(handle, "Gpio.watch()");
        if (watched && l.keepAlive == null) {
            l.keepAlive = host.loop().handle("gpio " + l.line.pin().name());
        } else if (!watched && l.keepAlive != null) {
            l.keepAlive.close();
            l.keepAlive = null;
        }
    }

    /** Releases the pin (onoff's unexport); an output keeps its level. */
    @HostAccess.Export
    public void close(int handle) {
        Line l = lines.remove(handle);
        if (l != null) {
            release(l);
        }
    }

    @HostAccess.Export
    public int pwmOpen(Value spec, double frequency, double dutyCycle) {
        Pin pin = allow(spec.isNumber() ? (Object) spec.asDouble() : spec.asString(), "new Pwm()");
        PwmChannel ch;
        try {
            ch = board().openPwm(pin, frequency, dutyCycle);
        } catch (IllegalStateException e) {
            throw host.errors().throwSystem("EBUSY", "open", pin.name(), "already in use in this process");
        } catch (IllegalArgumentException e) {
            throw host.errors().throwError("RangeError", "ERR_OUT_OF_RANGE", e.getMessage());
        }
        int handle = nextHandle++;
        pwms.put(handle, new Output(pin, ch));
        return handle;
    }

    private PwmChannel pwm(int handle, String api) {
        Output o = pwms.get(handle);
        if (o == null) {
            throw host.errors().throwError("Error", "ERR_GPIO_UNEXPORTED", "this Pwm has been closed (" + api + ")");
        }
        Boards.check(host, board(), o.pin(), api);
        return o.channel();
    }

    @HostAccess.Export
    public void pwmSet(int handle, double frequency, double dutyCycle) {
        PwmChannel ch = pwm(handle, "Pwm.set()");
        try {
            if (frequency != ch.frequency()) {
                ch.setFrequency(frequency);
            }
            ch.setDutyCycle(dutyCycle);
        } catch (IllegalArgumentException e) {
            throw host.errors().throwError("RangeError", "ERR_OUT_OF_RANGE", e.getMessage());
        }
    }

    @HostAccess.Export
    public void pwmEnable(int handle, boolean enabled) {
        PwmChannel ch = pwm(handle, enabled ? "Pwm.enable()" : "Pwm.disable()");
        if (enabled) {
            ch.enable();
        } else {
            ch.disable();
        }
    }

    @HostAccess.Export
    public String pwmMode(int handle) {
        return pwm(handle, "Pwm.mode").mode().name().toLowerCase(Locale.ROOT);
    }

    @HostAccess.Export
    public void pwmClose(int handle) {
        Output o = pwms.remove(handle);
        if (o != null) {
            o.channel().close();
        }
    }

    // ---- helpers ----

    /** Installs the HAL listener when the config reports edges; events hop onto the loop via execute. */
    private void watch(Line l) {
        if (l.line.config().edge() == Edge.NONE || l.line.config().direction() != Direction.IN) {
            l.line.watch(null, null);
            return;
        }
        l.line.watch(e -> deliver(l, e), host.loop()::execute);
    }

    private void deliver(Line l, EdgeEvent e) {
        if (l.line.isClosed()) {
            return;
        }
        host.loop().call(l.onEdge, e.value(), e.edge() == Edge.RISING ? "rising" : "falling",
                Math.floorDiv(e.timestampNanos(), 1_000_000_000L), (int) Math.floorMod(e.timestampNanos(), 1_000_000_000L));
    }

    private void release(Line l) {
        if (l.keepAlive != null) {
            l.keepAlive.close();
            l.keepAlive = null;
        }
        l.line.close();
    }

    private void closeAll() {
        List<Line> open = new ArrayList<>(lines.values());
        lines.clear();
        open.forEach(this::release);
        List<Output> outs = new ArrayList<>(pwms.values());
        pwms.clear();
        outs.forEach(o -> o.channel().close());
    }

    private static LineConfig direction(LineConfig c, String direction) {
        return switch (direction) {
            case "in" -> c.withDirection(Direction.IN, 0);
            case "out" -> c.withDirection(Direction.OUT, 0);
            // onoff: 'high'/'low' are outputs that start at that physical level, whatever activeLow says.
            case "high" -> c.withDirection(Direction.OUT, c.activeLow() ? 0 : 1);
            case "low" -> c.withDirection(Direction.OUT, c.activeLow() ? 1 : 0);
            default -> throw new IllegalArgumentException("direction " + direction);
        };
    }

    private static Edge edge(String edge) {
        return Edge.valueOf(edge.toUpperCase(Locale.ROOT));
    }

    private static Bias bias(String bias) {
        return switch (bias == null ? "" : bias) {
            case "pull-up" -> Bias.PULL_UP;
            case "pull-down" -> Bias.PULL_DOWN;
            case "disable" -> Bias.DISABLE;
            default -> Bias.AS_IS;
        };
    }

    private static Debounce debounce(double ms, String mode) {
        if (!(ms > 0)) {
            return Debounce.NONE;
        }
        Duration period = Duration.ofNanos((long) (ms * 1e6));
        return "driver".equals(mode) ? Debounce.driver(period) : Debounce.software(period);
    }
}
