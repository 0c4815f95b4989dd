// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInputProvider;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.pwm.PwmProvider;
import dev.bramble.hal.Board;
import dev.bramble.hal.BoardProfile;
import dev.bramble.hal.DigitalLine;
import dev.bramble.hal.LineConfig;
import dev.bramble.hal.Pin;
import dev.bramble.hal.PwmChannel;
import dev.bramble.hal.SoftwarePwm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real board: one Pi4J context with exactly the providers chosen, bound to the profile's gpiochip. */
final class Pi4jBoard implements Board {

    private final BoardProfile profile;
    private final Context context;
    private final String inputId;
    private final String outputId;
    private final String pwmId;
    private final String i2cId;
    private final String spiId;
    private final String chip;
    private final Map<Integer, Object> held = new HashMap<>();

    private final java.nio.file.Path devRoot;

    Pi4jBoard(BoardProfile profile, Pi4jProviders providers, String chip, int pwmChip, java.nio.file.Path dev) {
        this.profile = profile;
        this.devRoot = dev;
        this.chip = chip;
        DigitalInputProvider in = providers.input().get();
        DigitalOutputProvider out = providers.output().get();
        PwmProvider pwm = providers.pwm().apply(pwmChip);
        this.inputId = in.id();
        this.outputId = out.id();
        this.pwmId = pwm.id();
        com.pi4j.io.i2c.I2CProvider i2c = providers.i2c() == null ? null : providers.i2c().get();
        com.pi4j.io.spi.SpiProvider spi = providers.spi() == null ? null : providers.spi().get();
        this.i2cId = i2c == null ? null : i2c.id();
        this.spiId = spi == null ? null : spi.id();
        // No auto-detection: Pi4J would otherwise load every plugin on the class path; the shutdown hook is
        // ours (Loop.onExit), not Pi4J's, so lines are released in the runtime's order.
        var builder = Pi4J.newContextBuilder().noAutoDetect().add(in, out, pwm);
        if (i2c != null) {
            builder = builder.add(i2c);
        }
        if (spi != null) {
            builder = builder.add(spi);
        }
        this.context = builder.property("gpio.chip.name", chip).disableShutdownHook().build();
    }

    @Override
    public BoardProfile profile() {
        return profile;
    }

    @Override
    public String backend() {
        return "pi4j";
    }

    /** The Pi4J context, for tests that reach the mock I/O behind a line. */
    Context context() {
        return context;
    }

    /** The chip the lines are requested on, and the provider ids in use. */
    String describe() {
        return chip + " via " + inputId + ", " + outputId + ", " + pwmId;
    }

    @Override
    public synchronized DigitalLine openLine(Pin pin, LineConfig config) {
        claim(pin);
        Pi4jLine line = new Pi4jLine(this, context, inputId, outputId, pin, config);
        held.put(pin.line(), line);
        return line;
    }

    @Override
    public synchronized PwmChannel openPwm(Pin pin, double frequency, double dutyCycle) {
        var channel = profile.pwmChannel(pin.line());
        if (channel.isEmpty()) {
            DigitalLine line = openLine(pin, LineConfig.output(0));
            SoftwarePwm soft = new SoftwarePwm(line, frequency, dutyCycle);
            held.put(pin.line(), soft);
            return soft;
        }
        claim(pin);
        Pi4jPwm hard = new Pi4jPwm(this, context, pwmId, pin, channel.get().channel(), frequency, dutyCycle);
        held.put(pin.line(), hard);
        return hard;
    }

    @Override
    public dev.bramble.hal.I2cBus openI2c(String bus) throws java.io.IOException {
        BoardProfile.I2c b = dev.bramble.hal.Buses.i2c(profile, bus);
        if (i2cId == null) {
            throw new dev.bramble.hal.BusException("ENOTSUP", 95, "Operation not supported", "no Pi4J I2C provider");
        }
        if (!java.nio.file.Files.exists(node(b.device()))) {
            throw new dev.bramble.hal.BusException("ENOENT", 2, "No such file or directory", b.device() + " is missing: enable the bus with '"
                    + b.enable() + "' in /boot/firmware/config.txt and reboot");
        }
        return new Pi4jI2cBus(context, i2cId, b.id(), Integer.parseInt(b.device().replaceAll(".*?(\\d+)$", "$1")));
    }

    @Override
    public dev.bramble.hal.SpiDevice openSpi(String device, dev.bramble.hal.SpiDevice.Options options) throws java.io.IOException {
        BoardProfile.Spi s = dev.bramble.hal.Buses.spi(profile, device);
        if (spiId == null) {
            throw new dev.bramble.hal.BusException("ENOTSUP", 95, "Operation not supported", "no Pi4J SPI provider");
        }
        if (!java.nio.file.Files.exists(node(s.device()))) {
            throw new dev.bramble.hal.BusException("ENOENT", 2, "No such file or directory", s.device() + " is missing: enable it with '"
                    + s.enable() + "' in /boot/firmware/config.txt and reboot");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)$").matcher(s.device());
        if (!m.find()) {
            throw new dev.bramble.hal.BusException("ENODEV", 19, "No such device", "cannot read bus and chip select from " + s.device());
        }
        return new Pi4jSpiDevice(context, spiId, s.id(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), options);
    }

    /** A profile's {@code /dev/...} path under the backend's device folder. */
    private java.nio.file.Path node(String device) {
        return devRoot.resolve(device.replaceFirst("^/dev/", ""));
    }

    private void claim(Pin pin) {
        if (held.containsKey(pin.line())) {
            throw new IllegalStateException("EBUSY: " + pin + " is already in use");
        }
    }

    synchronized void forget(Object user) {
        held.values().removeIf(v -> v == user || (v instanceof SoftwarePwm s && user instanceof Pi4jLine l && s.pin().equals(l.pin())));
    }

    @Override
    public void close() {
        List<Object> open;
        synchronized (this) {
            open = new ArrayList<>(held.values());
        }
        for (Object o : open) {
            if (o instanceof PwmChannel p) {
                p.close();
            } else if (o instanceof DigitalLine l) {
                l.close();
            }
        }
        context.shutdown();
    }
}
