// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.Board;
import dev.bramble.hal.BoardProfile;
import dev.bramble.hal.DigitalLine;
import dev.bramble.hal.HalException;
import dev.bramble.hal.LineConfig;
import dev.bramble.hal.Pin;
import dev.bramble.hal.PinResolver;
import dev.bramble.hal.PwmChannel;
import dev.bramble.hal.SoftwarePwm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The virtual board: the profile's pin map, a level per line worked out from what drives it (an output,
 * a pressed button, the pull resistor), a history of level changes, and attached devices. Level changes
 * on input lines are handed to the line on the sim worker thread, so they travel the same path
 * (other thread, then the caller's executor) as a real chip's events.
 */
public final class SimBoard implements Board {

    /** Level changes kept per line. */
    public static final int HISTORY = 10_000;

    /** A level change: when ({@link System#nanoTime()} scale and milliseconds since the board opened) and the new physical level. */
    public record Change(long nanos, double millis, int level) {}

    private final BoardProfile profile;
    private final PinResolver pins;
    private final ScheduledExecutorService worker;
    private final long openedNanos = System.nanoTime();
    private final Map<Integer, SimLine> lines = new HashMap<>();
    private final Map<Integer, Boolean> levels = new HashMap<>();
    private final Map<Integer, ArrayDeque<Change>> history = new HashMap<>();
    private final Map<Integer, PwmChannel> pwms = new HashMap<>();
    private final Map<Integer, SimButton> contacts = new HashMap<>();
    private final Map<Integer, Boolean> contactClosed = new HashMap<>();
    private final Map<String, SimButton> buttons = new LinkedHashMap<>();
    private final Map<String, SimLed> leds = new LinkedHashMap<>();
    private final Map<String, SimPwmDevice> pwmDevices = new LinkedHashMap<>();
    private final Map<String, Map<Integer, SimI2cDevice>> i2c = new LinkedHashMap<>();
    private final Map<String, SimSpiPeripheral> spi = new LinkedHashMap<>();
    private final Map<String, SimSerialPeer> serialPeers = new LinkedHashMap<>();
    private final Map<String, SimSerialPort> uartsOpen = new HashMap<>();
    private volatile boolean closed;

    public SimBoard(BoardProfile profile, Scenario scenario) {
        this.profile = profile;
        this.pins = new PinResolver(profile);
        this.worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("bramble-sim").factory());
        for (BoardProfile.HeaderPin h : profile.header()) {
            if (h.isLine()) {
                levels.put(h.line(), resting(h.line(), LineConfig.Bias.AS_IS));
            }
        }
        for (Scenario.Device d : scenario.devices()) {
            attach(d);
        }
    }

    /** Wires a device described as in a scenario file. */
    public synchronized void attach(Scenario.Device d) {
        String id = d.id() == null ? d.type() : d.id();
        if (SimBuses.attach(this, d, id)) {
            return;
        }
        Pin pin = pins.resolve(d.pin());
        switch (d.type() == null ? "" : d.type()) {
            case "button" -> {
                SimButton b = new SimButton(this, id, pin, !"to-3v3".equals(d.wiring()), d.bounce(), d.presses());
                buttons.put(id, b);
                contacts.put(pin.line(), b);
            }
            case "led" -> leds.put(id, new SimLed(this, id, pin));
            case "servo", "pwm-led" -> pwmDevices.put(id, new SimPwmDevice(this, id, d.type(), pin, d.minPulseUs(), d.maxPulseUs()));
            default -> throw new HalException("unknown simulator device type '" + d.type() + "' (button, led, servo, pwm-led, "
                    + String.join(", ", SimBuses.TYPES) + ")");
        }
    }

    public Optional<SimButton> button(String id) {
        return Optional.ofNullable(buttons.get(id));
    }

    public Optional<SimLed> led(String id) {
        return Optional.ofNullable(leds.get(id));
    }

    public Optional<SimPwmDevice> pwmDevice(String id) {
        return Optional.ofNullable(pwmDevices.get(id));
    }

    public synchronized List<String> deviceIds() {
        List<String> ids = new ArrayList<>(buttons.keySet());
        ids.addAll(leds.keySet());
        ids.addAll(pwmDevices.keySet());
        return ids;
    }

    // ---- buses and ports (SimBuses wires the devices) ----

    synchronized void addI2c(String bus, SimI2cDevice device) {
        Map<Integer, SimI2cDevice> devices = i2c.computeIfAbsent(bus, k -> new java.util.TreeMap<>());
        synchronized (devices) {
            if (devices.containsKey(device.address())) {
                throw new HalException(String.format("%s already has a device at 0x%02x", bus, device.address()));
            }
            devices.put(device.address(), device);
        }
    }

    synchronized void addSpi(String device, SimSpiPeripheral p) {
        if (spi.containsKey(device)) {
            throw new HalException(device + " already has a device wired to it");
        }
        spi.put(device, p);
    }

    synchronized void addSerial(String uart, SimSerialPeer p) {
        if (serialPeers.containsKey(uart)) {
            throw new HalException(uart + " already has a device wired to it");
        }
        serialPeers.put(uart, p);
    }

    /** The bus devices as {@code [id, type, where]} ({@code i2c-1@0x76}, {@code spi0.0}, {@code UART0}). */
    public synchronized List<String[]> busDevices() {
        List<String[]> out = new ArrayList<>();
        i2c.forEach((bus, devices) -> {
            synchronized (devices) {
                devices.values().forEach(d -> out.add(new String[] {d.id(), d.type(), String.format("%s@0x%02x", bus, d.address())}));
            }
        });
        spi.forEach((dev, p) -> out.add(new String[] {p.id(), p.type(), dev}));
        serialPeers.forEach((uart, p) -> out.add(new String[] {p.id(), p.type(), uart}));
        return out;
    }

    /** A simulated I2C device by id (a BME280 to change what it measures, a register file to inspect). */
    public synchronized Optional<SimI2cDevice> i2cDevice(String id) {
        for (Map<Integer, SimI2cDevice> devices : i2c.values()) {
            synchronized (devices) {
                for (SimI2cDevice d : devices.values()) {
                    if (d.id().equals(id)) {
                        return Optional.of(d);
                    }
                }
            }
        }
        return Optional.empty();
    }

    public synchronized Optional<SimSpiPeripheral> spiDevice(String id) {
        return spi.values().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public synchronized dev.bramble.hal.I2cBus openI2c(String bus) throws java.io.IOException {
        ensureOpen();
        BoardProfile.I2c b = dev.bramble.hal.Buses.i2c(profile, bus);
        return new SimI2cBus(b.id(), i2c.computeIfAbsent(b.id(), k -> new java.util.TreeMap<>()));
    }

    @Override
    public synchronized dev.bramble.hal.SpiDevice openSpi(String device, dev.bramble.hal.SpiDevice.Options options)
            throws java.io.IOException {
        ensureOpen();
        BoardProfile.Spi s = dev.bramble.hal.Buses.spi(profile, device);
        return new SimSpiDevice(s.id(), spi.get(s.id()), options);
    }

    @Override
    public dev.bramble.hal.SerialPort serialPort(String path) {
        String device = dev.bramble.hal.Buses.serialPath(profile, path);
        var uart = dev.bramble.hal.Buses.uart(profile, device);
        if (device.startsWith("sim:") && uart.isPresent()) {
            return new SimSerialPort(this, device, uart.get().id());
        }
        return Board.super.serialPort(path);
    }

    synchronized SimSerialPeer claimUart(String uart, SimSerialPort port) throws dev.bramble.hal.BusException {
        if (uartsOpen.containsKey(uart)) {
            throw new dev.bramble.hal.BusException("EBUSY", 16, "Error Resource temporarily unavailable Cannot lock port",
                    uart + " is already open in this program");
        }
        uartsOpen.put(uart, port);
        return serialPeers.get(uart);
    }

    synchronized boolean holdsUart(String uart, SimSerialPort port) {
        return uartsOpen.get(uart) == port;
    }

    synchronized void releaseUart(String uart, SimSerialPort port) {
        uartsOpen.remove(uart, port);
    }

    @Override
    public BoardProfile profile() {
        return profile;
    }

    @Override
    public String backend() {
        return "sim";
    }

    @Override
    public Optional<SimBoard> sim() {
        return Optional.of(this);
    }

    ScheduledExecutorService worker() {
        return worker;
    }

    @Override
    public DigitalLine openLine(Pin pin, LineConfig config) {
        SimButton button;
        SimLine line;
        synchronized (this) {
            ensureOpen();
            if (lines.containsKey(pin.line()) || pwms.containsKey(pin.line())) {
                throw new IllegalStateException("EBUSY: " + pin + " is already in use");
            }
            line = new SimLine(this, pin, config);
            lines.put(pin.line(), line);
            button = contacts.get(pin.line());
        }
        update(pin.line());
        if (button != null && config.edge() == LineConfig.Edge.NONE) {
            button.start();
        }
        return line;
    }

    /** A line was watched: its button's scheduled presses start now, so none is lost before the listener exists. */
    void started(int line) {
        SimButton button;
        synchronized (this) {
            button = contacts.get(line);
        }
        if (button != null) {
            button.start();
        }
    }

    @Override
    public PwmChannel openPwm(Pin pin, double frequency, double dutyCycle) {
        if (profile.pwmChannel(pin.line()).isPresent()) {
            synchronized (this) {
                ensureOpen();
                if (lines.containsKey(pin.line()) || pwms.containsKey(pin.line())) {
                    throw new IllegalStateException("EBUSY: " + pin + " is already in use");
                }
                PwmChannel ch = new SimHardwarePwm(this, pin, frequency, dutyCycle);
                pwms.put(pin.line(), ch);
                return ch;
            }
        }
        DigitalLine line = openLine(pin, LineConfig.output(0));
        PwmChannel ch = new SoftwarePwm(line, frequency, dutyCycle);
        synchronized (this) {
            pwms.put(pin.line(), ch);
        }
        return ch;
    }

    /** The PWM channel open on a line, if any. */
    public synchronized Optional<PwmChannel> pwm(int line) {
        return Optional.ofNullable(pwms.get(line));
    }

    /** The physical level of a line now. */
    public synchronized boolean level(int line) {
        return levels.getOrDefault(line, false);
    }

    public synchronized List<Change> history(int line) {
        ArrayDeque<Change> h = history.get(line);
        return h == null ? List.of() : List.copyOf(h);
    }

    /** Recomputes a line's level from what drives it; a change is recorded and sent to an input line on the worker. */
    void update(int line) {
        SimLine target;
        boolean level;
        long now = System.nanoTime();
        synchronized (this) {
            level = compute(line);
            if (level == levels.getOrDefault(line, false)) {
                return;
            }
            levels.put(line, level);
            ArrayDeque<Change> h = history.computeIfAbsent(line, k -> new ArrayDeque<>());
            if (h.size() == HISTORY) {
                h.removeFirst();
            }
            h.addLast(new Change(now, (now - openedNanos) / 1e6, level ? 1 : 0));
            target = lines.get(line);
            if (target == null || target.config().direction() != LineConfig.Direction.IN || closed) {
                return;
            }
            // Queued under the lock so changes reach the worker in the order they were made.
            worker.execute(() -> target.changed(level, now));
        }
    }

    private boolean compute(int line) {
        SimLine l = lines.get(line);
        if (l != null && l.config().direction() == LineConfig.Direction.OUT) {
            return l.driven();
        }
        SimButton b = contacts.get(line);
        if (b != null && contactClosed.getOrDefault(line, false)) {
            return b.closedLevel();
        }
        return resting(line, l == null ? LineConfig.Bias.AS_IS : l.config().bias());
    }

    /** A button's contact opened or closed (bounces included). */
    void contact(SimButton button, boolean closedNow) {
        synchronized (this) {
            contactClosed.put(button.pin().line(), closedNow);
        }
        update(button.pin().line());
    }

    /** The level a line rests at with nothing driving it: its pull, or the board's reset pull; floating reads low. */
    private boolean resting(int line, LineConfig.Bias bias) {
        return switch (bias) {
            case PULL_UP -> true;
            case PULL_DOWN, DISABLE -> false;
            case AS_IS -> profile.headerLine(line).map(h -> "up".equals(h.resetPull())).orElse(false);
        };
    }

    void detach(SimLine line) {
        synchronized (this) {
            lines.remove(line.pin().line(), line);
            pwms.computeIfPresent(line.pin().line(), (k, ch) -> ch instanceof SoftwarePwm ? null : ch);
        }
        // A released output keeps driving its last level, as with the kernel; an input goes back to resting.
        if (line.config().direction() == LineConfig.Direction.IN) {
            update(line.pin().line());
        }
    }

    synchronized void detachPwm(int line, PwmChannel ch) {
        pwms.remove(line, ch);
    }

    @Override
    public void close() {
        List<SimLine> open;
        List<PwmChannel> channels;
        synchronized (this) {
            if (closed) {
                return;
            }
            channels = new ArrayList<>(pwms.values());
            open = new ArrayList<>(lines.values());
        }
        channels.forEach(PwmChannel::close);
        open.forEach(SimLine::close);
        closed = true;
        worker.shutdownNow();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the simulated board has been closed");
        }
    }
}
