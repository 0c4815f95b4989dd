// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.BusException;
import dev.bramble.hal.Buses;
import dev.bramble.hal.HalException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the simulator's bus devices from scenario entries:
 * <pre>
 * {"type": "bme280", "id": "bme280", "bus": "i2c-1", "address": "0x76", "temperature": 21.5, "humidity": 45, "pressure": 1013.25}
 * {"type": "i2c-registers", "id": "eeprom", "bus": "i2c-1", "address": "0x50", "registers": {"0x00": [1, 2, 3]}}
 * {"type": "mcp3008", "id": "adc", "device": "spi0.0", "vref": 3.3, "channels": [0, 1.65, 3.3]}
 * {"type": "spi-loopback", "id": "loop", "device": "spi0.1"}
 * {"type": "serial-player", "id": "gps", "port": "UART0", "file": "track.nmea", "intervalMs": 100, "loop": true}
 * {"type": "serial-echo", "id": "echo", "port": "UART0"}
 * </pre>
 */
final class SimBuses {

    static final List<String> TYPES = List.of("bme280", "i2c-registers", "mcp3008", "spi-loopback", "serial-player", "serial-echo");

    private SimBuses() {}

    /** Wires a bus device; false when the type is not a bus device. */
    static boolean attach(SimBoard board, Scenario.Device d, String id) {
        String type = d.type() == null ? "" : d.type();
        if (!TYPES.contains(type)) {
            return false;
        }
        try {
            switch (type) {
                case "bme280" -> board.addI2c(bus(board, d), new SimBme280(id, address(d, 0x76),
                        or(d.temperature(), 21.5), or(d.humidity(), 45.0), or(d.pressure(), 1013.25)));
                case "i2c-registers" -> board.addI2c(bus(board, d), new SimRegisterDevice(id, type, address(d, -1), d.registers()));
                case "mcp3008" -> board.addSpi(spi(board, d), new SimMcp3008(id, d.channels(), or(d.vref(), 3.3)));
                case "spi-loopback" -> board.addSpi(spi(board, d), SimSpiPeripheral.loopback(id));
                default -> board.addSerial(uart(board, d), new SimSerialPlayer(id, type, d.file() == null ? null : Path.of(d.file()),
                        or(d.intervalMs(), 100.0), d.loop() == null || d.loop()));
            }
        } catch (BusException e) {
            throw new HalException(id + ": " + e.hint(), e);
        } catch (IOException e) {
            throw new HalException(id + ": cannot read " + d.file() + ": " + e.getMessage(), e);
        }
        return true;
    }

    private static double or(Double v, double dflt) {
        return v == null ? dflt : v;
    }

    private static String bus(SimBoard board, Scenario.Device d) throws BusException {
        return Buses.i2c(board.profile(), d.bus() == null ? "i2c-1" : d.bus()).id();
    }

    private static String spi(SimBoard board, Scenario.Device d) throws BusException {
        return Buses.spi(board.profile(), d.device() == null ? "spi0.0" : d.device()).id();
    }

    private static String uart(SimBoard board, Scenario.Device d) {
        String port = d.port() == null ? "UART0" : d.port();
        return Buses.uart(board.profile(), port).orElseThrow(() -> new HalException(d.id() + ": the simulated board has no UART '"
                + port + "'")).id();
    }

    private static int address(Scenario.Device d, int dflt) {
        if (d.address() == null) {
            if (dflt < 0) {
                throw new HalException(d.id() + ": an I2C device needs an \"address\" (0x03-0x77)");
            }
            return dflt;
        }
        int a;
        try {
            a = SimRegisterDevice.parse(d.address());
        } catch (NumberFormatException e) {
            throw new HalException(d.id() + ": bad I2C address '" + d.address() + "'");
        }
        if (a < 0x03 || a > 0x77) {
            throw new HalException(d.id() + String.format(": I2C address 0x%02x is outside 0x03-0x77", a));
        }
        return a;
    }
}
