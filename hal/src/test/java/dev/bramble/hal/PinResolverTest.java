// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinResolverTest {

    private final PinResolver pi4 = new PinResolver(BoardProfiles.require("rpi-4b"));
    private final PinResolver sim = new PinResolver(BoardProfiles.sim());

    @Test
    void everySpellingOfGpio17IsPhysicalPin11() {
        Pin expected = new Pin(17, 11, "GPIO17");
        assertEquals(expected, pi4.resolve(17));
        assertEquals(expected, pi4.resolve(17.0));
        assertEquals(expected, pi4.resolve("17"));
        assertEquals(expected, pi4.resolve("GPIO17"));
        assertEquals(expected, pi4.resolve("gpio17"));
        assertEquals(expected, pi4.resolve("PIN11"));
        assertEquals(expected, sim.resolve("LED"));
        assertEquals(new Pin(2, 3, "GPIO2"), pi4.resolve("sda"));
    }

    @Test
    void groundAndPowerPinsAreRefusedWithTheChoices() {
        PinException e = assertThrows(PinException.class, () -> pi4.resolve("PIN6"));
        assertTrue(e.getMessage().startsWith("PIN6 is a ground (GND) pin"), e.getMessage());
        assertTrue(e.getMessage().contains("PIN11") && e.getMessage().contains("aliases SDA"), e.getMessage());
        assertTrue(assertThrows(PinException.class, () -> pi4.resolve("PIN1")).getMessage().contains("power (3V3)"));
    }

    @Test
    void unknownPinsNameTheValidOnes() {
        PinException e = assertThrows(PinException.class, () -> pi4.resolve(40));
        assertTrue(e.getMessage().contains("GPIO40") && e.getMessage().contains("Raspberry Pi 4 Model B"), e.getMessage());
        assertTrue(e.getMessage().contains("0, 1, 2, 3"), e.getMessage());
        assertTrue(assertThrows(PinException.class, () -> pi4.resolve("PIN41")).getMessage().contains("PIN1-PIN40"));
        assertTrue(assertThrows(PinException.class, () -> pi4.resolve("LED")).getMessage().startsWith("unknown pin 'LED'"));
        assertThrows(PinException.class, () -> pi4.resolve(1.5));
        assertThrows(PinException.class, () -> pi4.resolve(-1));
        assertThrows(PinException.class, () -> pi4.resolve(true));
    }
}
