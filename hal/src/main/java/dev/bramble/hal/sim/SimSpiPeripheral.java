// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.SpiDevice;

/** A chip on a simulated SPI chip select: it sees each chip-select frame whole (MSB-first bytes) and answers with as many. */
public interface SimSpiPeripheral {

    String id();

    String type();

    byte[] frame(byte[] mosi, SpiDevice.Options options);

    /** Wires MISO to MOSI, as a jumper between the two pins does. */
    static SimSpiPeripheral loopback(String id) {
        return new SimSpiPeripheral() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String type() {
                return "spi-loopback";
            }

            @Override
            public byte[] frame(byte[] mosi, SpiDevice.Options options) {
                return mosi.clone();
            }
        };
    }
}
