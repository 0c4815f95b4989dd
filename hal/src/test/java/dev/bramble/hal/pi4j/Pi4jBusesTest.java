// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;
import com.pi4j.plugin.mock.provider.pwm.MockPwmProvider;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;
import dev.bramble.hal.Board;
import dev.bramble.hal.BoardProfiles;
import dev.bramble.hal.BusException;
import dev.bramble.hal.HalOptions;
import dev.bramble.hal.I2cBus;
import dev.bramble.hal.SpiDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pi4j backend's I2C and SPI over Pi4J's mock providers (no board here): device nodes looked up
 * under the backend's /dev, bus numbers from the profile, transfers reaching Pi4J's devices, and
 * Pi4J's failures mapped to errno errors.
 */
class Pi4jBusesTest {

    @TempDir
    Path root;

    private Board pi4(boolean withNodes) throws Exception {
        Path sys = root.resolve("sys");
        Path dev = Files.createDirectories(root.resolve("dev"));
        Files.createFile(dev.resolve("gpiochip0"));
        if (withNodes) {
            Files.createFile(dev.resolve("i2c-1"));
            Files.createFile(dev.resolve("spidev0.1"));
        }
        Path chip = Files.createDirectories(sys.resolve("class/gpio/gpiochip512"));
        Files.writeString(chip.resolve("label"), "pinctrl-bcm2711\n");
        Files.createDirectories(sys.resolve("class/pwm"));
        Pi4jProviders mocks = new Pi4jProviders(MockDigitalInputProvider::newInstance, MockDigitalOutputProvider::newInstance,
                c -> MockPwmProvider.newInstance(), MockI2CProvider::newInstance, MockSpiProvider::newInstance);
        return new Pi4jBackend(sys, dev, "aarch64", mocks).open(BoardProfiles.require("rpi-4b"), HalOptions.defaults());
    }

    @Test
    void i2cTransfersReachPi4j() throws Exception {
        try (Board board = pi4(true); I2cBus bus = board.openI2c("1")) {
            assertEquals("i2c-1", bus.id());
            bus.writeByte(0x76, 0xF4, 0x27);
            assertEquals(0x27, bus.readByte(0x76, 0xF4));
            bus.writeI2cBlock(0x76, 0x10, new byte[] {1, 2, 3});
            assertArrayEquals(new byte[] {1, 2, 3}, bus.readI2cBlock(0x76, 0x10, 3));
            bus.write(0x20, new byte[] {7, 8});
            assertArrayEquals(new byte[] {7, 8}, bus.read(0x20, 2));
        }
    }

    @Test
    void spiOpensTheProfilesDeviceAndTransfers() throws Exception {
        try (Board board = pi4(true); SpiDevice spi = board.openSpi("spi0.1", SpiDevice.Options.defaults())) {
            List<byte[]> rx = spi.transfer(List.of(new SpiDevice.Transfer(new byte[] {1, 2, 3}, 3, true, 0, 0, 0, false),
                    new SpiDevice.Transfer(null, 2, false, 0, 0, 0, true)));
            assertEquals(3, rx.get(0).length);
            assertEquals(null, rx.get(1));
            spi.configure(new SpiDevice.Options(3, 8, 1_000_000, false, false, false, false, false, false));
            assertEquals(3, spi.options().mode());
        }
    }

    @Test
    void aBusThatIsNotEnabledSaysHowToEnableIt() throws Exception {
        try (Board board = pi4(false)) {
            BusException e = assertThrows(BusException.class, () -> board.openI2c("i2c-1"));
            assertEquals("ENOENT", e.code());
            assertTrue(e.hint().contains("dtparam=i2c_arm=on"), e.hint());
            BusException spi = assertThrows(BusException.class, () -> board.openSpi("spi0.1", SpiDevice.Options.defaults()));
            assertTrue(spi.hint().contains("dtparam=spi=on"), spi.hint());
            assertEquals("ENODEV", assertThrows(BusException.class, () -> board.openI2c("3")).code());
        }
    }
}
