// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.hal.BoardProfiles;
import dev.bramble.hal.BusException;
import dev.bramble.hal.HalException;
import dev.bramble.hal.I2cBus;
import dev.bramble.hal.SpiDevice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's bus devices as a driver sees them: the BME280's registers and maths, NACKs, the register file, the MCP3008. */
class SimBusesTest {

    private static SimBoard board(Scenario.Device... devices) {
        return new SimBoard(BoardProfiles.sim(), new Scenario(List.of(devices)));
    }

    private static Scenario.Device device(String type, String id, String bus, String address, String spi, Map<String, List<Integer>> registers) {
        return new Scenario.Device(type, id, null, null, null, null, null, null, bus, address, spi, null, registers, null, null, null,
                List.of(0.0, 1.65, 3.3, 0.5), 3.3, null, null, null);
    }

    @Test
    void bme280RawValuesCompensateBackToWhatItMeasures() {
        for (double[] v : new double[][] {{21.5, 45, 1013.25}, {-15.2, 12.5, 905.0}, {58.9, 88.8, 1084.4}}) {
            int adcT = SimBme280.adcTemperature(v[0]);
            double tFine = SimBme280.tFine(adcT);
            assertEquals(v[0], tFine / 5120, 0.005);
            assertEquals(v[1], SimBme280.humidityPct(SimBme280.adcHumidity(v[1], tFine), tFine), 0.01);
            assertEquals(v[2] * 100, SimBme280.pressurePa(SimBme280.adcPressure(v[2] * 100, tFine), tFine), 0.5);
        }
    }

    @Test
    void bme280RegisterMapForcedModeSkipAndReset() throws Exception {
        try (SimBoard b = board(Scenario.bme280("env", "i2c-1", "0x77", 30, 60, 990)); I2cBus bus = b.openI2c("1")) {
            assertEquals(0x60, bus.readByte(0x77, 0xD0));
            assertEquals(SimBme280.T1, bus.readWord(0x77, 0x88));
            assertEquals(List.of(0x77), bus.scan(0x03, 0x77));
            bus.writeByte(0x77, 0xF2, 0x00);          // humidity skipped
            bus.writeByte(0x77, 0xF4, 0x26);          // T x1, P x1, forced
            assertEquals(0x24, bus.readByte(0x77, 0xF4), "forced mode returns to sleep");
            byte[] d = bus.readI2cBlock(0x77, 0xF7, 8);
            assertEquals(0x80, d[6] & 0xff, "skipped humidity reads 0x8000");
            assertEquals(0x00, d[7] & 0xff);
            int adcT = (d[3] & 0xff) << 12 | (d[4] & 0xff) << 4 | (d[5] & 0xff) >> 4;
            assertEquals(30, SimBme280.tFine(adcT) / 5120, 0.01);
            assertEquals(1, ((SimBme280) b.i2cDevice("env").orElseThrow()).measurements());
            bus.writeByte(0x77, 0xE0, 0xB6);
            assertEquals(0, bus.readByte(0x77, 0xF4));
            assertEquals(0x60, bus.readByte(0x77, 0xD0), "the chip id survives a reset");
        }
    }

    @Test
    void anEmptyAddressIsANackWithAHint() throws Exception {
        try (SimBoard b = board(); I2cBus bus = b.openI2c("i2c-1")) {
            BusException e = assertThrows(BusException.class, () -> bus.readByte(0x40, 0));
            assertEquals("EREMOTEIO", e.code());
            assertEquals(121, e.errno());
            assertTrue(e.hint().contains("0x40 on i2c-1"), e.hint());
            BusException missing = assertThrows(BusException.class, () -> b.openI2c("0"));
            assertEquals("ENODEV", missing.code());
            assertTrue(missing.hint().contains("its buses: i2c-1"), missing.hint());
        }
    }

    @Test
    void registerFileAutoIncrementsAndQuickWritesAck() throws Exception {
        try (SimBoard b = board(device("i2c-registers", "eeprom", "i2c-1", "0x50", null, Map.of("0x10", List.of(1, 2, 3))));
                I2cBus bus = b.openI2c("1")) {
            assertArrayEquals(new byte[] {1, 2, 3}, bus.readI2cBlock(0x50, 0x10, 3));
            bus.writeI2cBlock(0x50, 0xFE, new byte[] {9, 8, 7});
            assertArrayEquals(new byte[] {9, 8, 7}, bus.readI2cBlock(0x50, 0xFE, 3), "the pointer wraps at 0xFF");
            bus.write(0x50, new byte[] {0x11});
            assertArrayEquals(new byte[] {2, 3}, bus.read(0x50, 2));
            bus.writeQuick(0x50, 0);
            bus.writeWord(0x50, 0x20, 0xBEEF);
            assertEquals(0xEF, bus.readByte(0x50, 0x20), "SMBus words go low byte first");
        }
        assertThrows(HalException.class, () -> board(device("i2c-registers", "x", "i2c-1", "0x80", null, null)));
        assertThrows(HalException.class, () -> board(device("i2c-registers", "x", "i2c-9", "0x20", null, null)));
    }

    @Test
    void mcp3008ConvertsAndAWrongModeGarbles() throws Exception {
        try (SimBoard b = board(device("mcp3008", "adc", null, null, "spi0.0", null));
                SpiDevice adc = b.openSpi("spi0.0", SpiDevice.Options.defaults())) {
            int[] codes = new int[4];
            for (int ch = 0; ch < 4; ch++) {
                byte[] rx = adc.transfer(List.of(new SpiDevice.Transfer(new byte[] {1, (byte) (0x80 | ch << 4), 0}, 3, true, 0, 0, 0, false))).get(0);
                codes[ch] = (rx[1] & 3) << 8 | rx[2] & 0xff;
            }
            assertArrayEquals(new int[] {0, 512, 1023, 155}, codes);
            // Two parts in one chip-select frame: the start byte, then the rest.
            List<byte[]> split = adc.transfer(List.of(new SpiDevice.Transfer(new byte[] {1}, 1, true, 0, 0, 0, false),
                    new SpiDevice.Transfer(new byte[] {(byte) 0xA0, 0}, 2, true, 0, 0, 0, false)));
            assertEquals(1023, (split.get(1)[0] & 3) << 8 | split.get(1)[1] & 0xff);
            adc.configure(new SpiDevice.Options(1, 8, 1_000_000, false, false, false, false, false, false));
            byte[] rx = adc.transfer(List.of(new SpiDevice.Transfer(new byte[] {1, (byte) 0x90, 0}, 3, true, 0, 0, 0, false))).get(0);
            assertNotEquals(512, (rx[1] & 3) << 8 | rx[2] & 0xff);
        }
    }
}
