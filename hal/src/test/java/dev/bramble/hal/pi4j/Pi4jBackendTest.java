// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.pwm.MockPwmProvider;
import dev.bramble.hal.Board;
import dev.bramble.hal.BoardProfiles;
import dev.bramble.hal.DigitalLine;
import dev.bramble.hal.EdgeEvent;
import dev.bramble.hal.HalException;
import dev.bramble.hal.HalOptions;
import dev.bramble.hal.LineConfig;
import dev.bramble.hal.PwmChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pi4j backend as far as a machine without a board allows: its availability checks and chip lookup
 * against a fake sysfs, its provider choice, and its line/PWM code over Pi4J's own mock providers.
 */
class Pi4jBackendTest {

    @TempDir
    Path root;

    private final AtomicInteger pwmChipAsked = new AtomicInteger(-1);

    private Pi4jProviders mocks() {
        return new Pi4jProviders(MockDigitalInputProvider::newInstance, MockDigitalOutputProvider::newInstance, chip -> {
            pwmChipAsked.set(chip);
            return MockPwmProvider.newInstance();
        });
    }

    /** A Pi 4's sysfs as far as the backend reads it: the chip's label and the PWM block's device link. */
    private Pi4jBackend pi4(Pi4jProviders providers) throws IOException {
        Path sys = root.resolve("sys");
        Path dev = Files.createDirectories(root.resolve("dev"));
        Files.createFile(dev.resolve("gpiochip0"));
        Files.createFile(dev.resolve("gpiochip1"));
        Path platform = Files.createDirectories(sys.resolve("devices/platform/soc/fe200000.gpio/gpiochip0"));
        Path legacy = Files.createDirectories(sys.resolve("class/gpio/gpiochip512"));
        Files.writeString(legacy.resolve("label"), "pinctrl-bcm2711\n");
        Files.createSymbolicLink(legacy.resolve("device"), platform.getParent());
        Path expander = Files.createDirectories(sys.resolve("class/gpio/gpiochip570"));
        Files.writeString(expander.resolve("label"), "raspberrypi-exp-gpio\n");
        Path pwmDevice = Files.createDirectories(sys.resolve("devices/platform/soc/fe20c000.pwm"));
        Files.createDirectories(sys.resolve("class/pwm/pwmchip0"));
        Files.createSymbolicLink(sys.resolve("class/pwm/pwmchip0/device"), pwmDevice);
        return new Pi4jBackend(sys, dev, "aarch64", providers);
    }

    @Test
    void unavailableOffTheBoardWithAReason() {
        Pi4jBackend amd64 = new Pi4jBackend(root, root, "amd64", mocks());
        assertFalse(amd64.isAvailable());
        assertTrue(amd64.unavailabilityCause().orElseThrow().contains("aarch64 and armhf only, and this machine is amd64"));
        Pi4jBackend noChip = new Pi4jBackend(root.resolve("sys"), root.resolve("dev"), "aarch64", mocks());
        assertFalse(noChip.isAvailable());
        assertTrue(noChip.unavailabilityCause().orElseThrow().contains("/dev/gpiochip"));
    }

    @Test
    void theDefaultProvidersAreGpiodAndLinuxfs() {
        Pi4jProviders real = new Pi4jBackend().providers();
        assertEquals("gpiod-digital-input", real.input().get().id());
        assertEquals("gpiod-digital-output", real.output().get().id());
        assertEquals("linuxfs-pwm", real.pwm().apply(2).id());
    }

    @Test
    void findsTheChipByLabelAndThePwmChipByDevice() throws IOException {
        Pi4jBackend backend = pi4(mocks());
        assertTrue(backend.isAvailable(), backend.unavailabilityCause().orElse(""));
        SysfsLocator sysfs = new SysfsLocator(root.resolve("sys"), root.resolve("dev"));
        assertEquals("gpiochip0", sysfs.chipByLabel("pinctrl-bcm2711").orElseThrow());
        assertTrue(sysfs.chipByLabel("pinctrl-rp1").isEmpty());
        assertEquals(0, sysfs.pwmChip("fe20c000.pwm").orElseThrow());
        assertTrue(sysfs.pwmChip("1f00098000.pwm").isEmpty());
        HalException e = assertThrows(HalException.class, () -> backend.open(BoardProfiles.require("rpi-5"), HalOptions.defaults()));
        assertTrue(e.getMessage().contains("no gpiochip labelled 'pinctrl-rp1'") && e.getMessage().contains("gpiochip0, gpiochip1"), e.getMessage());
    }

    @Test
    void linesAndPwmWorkThroughPi4jMockProviders() throws Exception {
        try (Board board = pi4(mocks()).open(BoardProfiles.require("rpi-4b"), HalOptions.defaults())) {
            Pi4jBoard pi = (Pi4jBoard) board;
            assertEquals("gpiochip0 via mock-digital-input, mock-digital-output, mock-pwm", pi.describe());
            assertEquals(0, pwmChipAsked.get());

            DigitalLine led = board.openLine(board.pins().resolve("GPIO17"), LineConfig.output(1).withActiveLow(true));
            MockDigitalOutput out = (MockDigitalOutput) pi.context().registry().all().values().stream()
                    .filter(io -> io instanceof MockDigitalOutput).findFirst().orElseThrow();
            assertEquals(DigitalState.LOW, out.state(), "active-low 1 is a low pin");
            led.write(0);
            assertEquals(DigitalState.HIGH, out.state());
            assertEquals(0, led.read());

            BlockingQueue<EdgeEvent> edges = new LinkedBlockingQueue<>();
            List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
            DigitalLine button = board.openLine(board.pins().resolve("PIN7"),
                    LineConfig.input().withBias(LineConfig.Bias.PULL_UP).withEdge(LineConfig.Edge.FALLING));
            button.watch(edges::add, task -> {
                threads.add("executor");
                task.run();
            });
            MockDigitalInput in = (MockDigitalInput) pi.context().registry().all().values().stream()
                    .filter(io -> io instanceof MockDigitalInput).findFirst().orElseThrow();
            in.mockState(DigitalState.HIGH);
            in.mockState(DigitalState.LOW);
            EdgeEvent e = edges.poll(2, TimeUnit.SECONDS);
            assertEquals(0, e.value());
            assertEquals(LineConfig.Edge.FALLING, e.edge());
            assertEquals("GPIO4", e.pin().name());
            assertEquals(List.of("executor"), threads, "only the falling edge, through the executor");
            assertEquals(0, button.read());

            button.reconfigure(button.config().withDirection(LineConfig.Direction.OUT, 1));
            assertEquals(1, button.read(), "re-requested as an output");

            PwmChannel hard = board.openPwm(board.pins().resolve(18), 1000, 0.5);
            assertEquals(PwmChannel.Mode.HARDWARE, hard.mode());
            hard.enable();
            Pwm mockPwm = (Pwm) pi.context().registry().all().values().stream().filter(io -> io instanceof Pwm).findFirst().orElseThrow();
            assertTrue(mockPwm.isOn());
            assertEquals(50, mockPwm.getDutyCycle());
            assertEquals(0, mockPwm.address(), "GPIO18 is channel 0 on the BCM2711");
            hard.setDutyCycle(0.25);
            assertEquals(25, mockPwm.getDutyCycle());
            hard.disable();
            assertFalse(mockPwm.isOn());

            PwmChannel soft = board.openPwm(board.pins().resolve(27), 100, 0.5);
            assertEquals(PwmChannel.Mode.SOFTWARE, soft.mode());
            assertThrows(IllegalStateException.class, () -> board.openLine(board.pins().resolve(27), LineConfig.input()));
            soft.close();
            board.openLine(board.pins().resolve(27), LineConfig.input()).close();
        }
    }
}
