// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bramble.hal.Board;
import dev.bramble.hal.HalException;
import dev.bramble.hal.PinException;
import dev.bramble.hal.PwmChannel;
import dev.bramble.hal.sim.Scenario;
import dev.bramble.hal.sim.SimBoard;
import dev.bramble.hal.sim.SimButton;
import dev.bramble.hal.sim.SimLed;
import dev.bramble.hal.sim.SimPwmDevice;
import java.io.IOException;
import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * The ops of {@code bramble:sim}: press buttons, read LEDs and PWM loads of the simulated board.
 * Nothing here touches real hardware, so there is no permission to check; on a real board every op
 * but {@link #active} fails with {@code ERR_SIM_INACTIVE}.
 */
public final class SimBinding {

    private final dev.bramble.runtime.spi.Host host;

    SimBinding(dev.bramble.runtime.spi.Host host) {
        this.host = host;
    }

    private SimBoard sim() {
        Board board = Boards.of(host);
        return board.sim().orElseThrow(() -> host.errors().throwError("Error", "ERR_SIM_INACTIVE",
                "bramble:sim controls the simulated board, but this program runs on a " + board.profile().name()));
    }

    private RuntimeException noDevice(String kind, String id) {
        return host.errors().throwError("Error", "ERR_SIM_NO_DEVICE",
                "the simulated board has no " + kind + " '" + id + "'; devices: " + String.join(", ", sim().deviceIds()));
    }

    @HostAccess.Export
    public boolean active() {
        return Boards.of(host).sim().isPresent();
    }

    /** The scenario file given with {@code --sim}, or null when the board has its default devices. */
    @HostAccess.Export
    public String scenario() {
        return host.option("sim").orElse(null);
    }

    @HostAccess.Export
    public List<String> devices() {
        return sim().deviceIds();
    }

    /** {@code [type, pinName]} of a device, or null. */
    @HostAccess.Export
    public String[] device(String id) {
        SimBoard s = sim();
        if (s.button(id).isPresent()) {
            return new String[] {"button", s.button(id).get().pin().name()};
        }
        if (s.led(id).isPresent()) {
            return new String[] {"led", s.led(id).get().pin().name()};
        }
        return s.pwmDevice(id).map(d -> new String[] {d.type(), d.pin().name()}).orElse(null);
    }

    private SimButton button(String id) {
        return sim().button(id).orElseThrow(() -> noDevice("button", id));
    }

    @HostAccess.Export
    public void press(String id) {
        button(id).press();
    }

    @HostAccess.Export
    public void release(String id) {
        button(id).release();
    }

    @HostAccess.Export
    public void click(String id, double holdMs) {
        button(id).click(holdMs);
    }

    @HostAccess.Export
    public boolean pressed(String id) {
        return button(id).isPressed();
    }

    /** The physical level of a pin (any spelling) or of an LED by id. */
    @HostAccess.Export
    public int level(String pinOrLed) {
        SimBoard s = sim();
        return s.level(line(s, pinOrLed)) ? 1 : 0;
    }

    /** Level changes as {@code [ms, level, ms, level, ...]} (ms since the board opened). */
    @HostAccess.Export
    public double[] history(String pinOrLed) {
        SimBoard s = sim();
        List<SimBoard.Change> h = s.history(line(s, pinOrLed));
        double[] flat = new double[h.size() * 2];
        for (int i = 0; i < h.size(); i++) {
            flat[2 * i] = h.get(i).millis();
            flat[2 * i + 1] = h.get(i).level();
        }
        return flat;
    }

    private int line(SimBoard s, String pinOrLed) {
        SimLed led = s.led(pinOrLed).orElse(null);
        if (led != null) {
            return led.pin().line();
        }
        try {
            return s.pins().resolve(pinOrLed).line();
        } catch (PinException e) {
            throw host.errors().throwError("TypeError", "ERR_INVALID_ARG_VALUE", e.getMessage());
        }
    }

    /** {@code [mode, frequency, dutyCycle, enabled, pulseWidthUs, angle]}; mode is "none" when no PWM drives it, angle NaN outside the servo's range. */
    @HostAccess.Export
    public Object[] pwm(String id) {
        SimPwmDevice d = sim().pwmDevice(id).orElseThrow(() -> noDevice("PWM device", id));
        PwmChannel ch = d.channel().orElse(null);
        if (ch == null) {
            return new Object[] {"none", 0.0, 0.0, false, 0.0, Double.NaN};
        }
        return new Object[] {ch.mode().name().toLowerCase(), ch.frequency(), ch.dutyCycle(), ch.isEnabled(),
                d.pulseWidthMicros(), d.angle().orElse(Double.NaN)};
    }

    /** The bus devices (I2C, SPI, UART peers) as {@code [id, type, where]}, e.g. {@code ["bme280", "bme280", "i2c-1@0x76"]}. */
    @HostAccess.Export
    public List<String[]> busDevices() {
        return sim().busDevices();
    }

    /** Changes what a simulated BME280 measures (degC, %RH, hPa); NaN keeps a value. */
    @HostAccess.Export
    public void bme280(String id, double temperature, double humidity, double pressure) {
        SimBoard s = sim();
        var d = s.i2cDevice(id).filter(x -> x instanceof dev.bramble.hal.sim.SimBme280)
                .orElseThrow(() -> noDevice("BME280", id));
        dev.bramble.hal.sim.SimBme280 b = (dev.bramble.hal.sim.SimBme280) d;
        b.set(Double.isNaN(temperature) ? b.temperature() : temperature, Double.isNaN(humidity) ? b.humidity() : humidity,
                Double.isNaN(pressure) ? b.pressure() : pressure);
    }

    /** A register of a simulated I2C device (what the program last wrote there, or the chip's value). */
    @HostAccess.Export
    public int i2cRegister(String id, int register) {
        var d = sim().i2cDevice(id).filter(x -> x instanceof dev.bramble.hal.sim.SimRegisterDevice)
                .orElseThrow(() -> noDevice("I2C device", id));
        return ((dev.bramble.hal.sim.SimRegisterDevice) d).register(register);
    }

    /** Sets an input of a simulated MCP3008, in volts. */
    @HostAccess.Export
    public void adc(String id, int channel, double volts) {
        var d = sim().spiDevice(id).filter(x -> x instanceof dev.bramble.hal.sim.SimMcp3008).orElseThrow(() -> noDevice("MCP3008", id));
        ((dev.bramble.hal.sim.SimMcp3008) d).set(channel, volts);
    }

    /** Attaches a device described as in a scenario file ({@code {"type": "button", "id": ..., "pin": ...}}). */
    @HostAccess.Export
    public void attach(String json) {
        try {
            sim().attach(new ObjectMapper().readValue(json, Scenario.Device.class));
        } catch (IOException | HalException e) {
            throw host.errors().throwError("TypeError", "ERR_INVALID_ARG_VALUE", "bad device: " + e.getMessage());
        } catch (PinException e) {
            throw host.errors().throwError("TypeError", "ERR_INVALID_ARG_VALUE", e.getMessage());
        }
    }
}
