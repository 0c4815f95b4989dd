// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bus and port names as users write them, resolved through the board profiles. */
class BusesTest {

    @Test
    void i2cAndSpiByNumberIdOrDevice() throws Exception {
        BoardProfile pi4 = BoardProfiles.require("rpi-4b");
        assertEquals("i2c-1", Buses.i2c(pi4, "1").id());
        assertEquals("i2c-1", Buses.i2c(pi4, "I2C-1").id());
        assertEquals("i2c-1", Buses.i2c(pi4, "/dev/i2c-1").id());
        assertEquals("/dev/spidev1.2", Buses.spi(pi4, "spi1.2").device());
        BusException e = assertThrows(BusException.class, () -> Buses.i2c(pi4, "4"));
        assertEquals("ENODEV", e.code());
        assertTrue(e.hint().contains("Raspberry Pi 4 Model B has no I2C bus 'i2c-4'"), e.hint());
    }

    @Test
    void serialPortsByUartNameOrPath() {
        BoardProfile pi4 = BoardProfiles.require("rpi-4b");
        assertEquals("/dev/serial0", Buses.serialPath(pi4, "UART0"));
        assertEquals("/dev/ttyUSB0", Buses.serialPath(pi4, "/dev/ttyUSB0"));
        assertEquals(List.of("/dev/ttyS0", "UART0", "/dev/serial0", "/dev/ttyS0", "/dev/ttyAMA0"), Buses.serialNames(pi4, "/dev/ttyS0"));
        assertEquals("sim:uart0", Buses.serialPath(BoardProfiles.sim(), "uart0"));
    }
}
