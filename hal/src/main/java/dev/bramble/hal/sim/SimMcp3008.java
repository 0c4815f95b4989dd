// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.SpiDevice;
import java.util.List;

/**
 * A Microchip MCP3008 (8-channel 10-bit ADC) at the bit level, per its datasheet: after chip select the
 * first 1 bit is the start bit, then SGL/DIFF and D2..D0 choose the input; one sample clock and a null
 * bit follow, then the 10-bit result MSB first. The usual 3-byte exchange {@code [0x01, 0x80 | ch << 4, 0]}
 * thus returns the value in the low 2 bits of byte 1 and byte 2. It samples on the rising edge (modes 0
 * and 3); in modes 1 and 2 the master reads each bit one clock early, as a wrong mode does on the wire.
 */
public final class SimMcp3008 implements SimSpiPeripheral {

    private final String id;
    private final double[] volts = new double[8];
    private final double vref;

    public SimMcp3008(String id, List<Double> channels, double vref) {
        this.id = id;
        this.vref = vref;
        for (int i = 0; channels != null && i < Math.min(8, channels.size()); i++) {
            volts[i] = channels.get(i);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return "mcp3008";
    }

    public synchronized void set(int channel, double v) {
        volts[channel] = v;
    }

    /** The code a conversion of an input (or a differential pair) gives now. */
    public synchronized int code(boolean single, int select) {
        int base = select & 6;
        double v = single ? volts[select] : (select & 1) == 0 ? volts[base] - volts[base + 1] : volts[base + 1] - volts[base];
        return (int) Math.max(0, Math.min(1023, Math.round(v / vref * 1023)));
    }

    @Override
    public byte[] frame(byte[] mosi, SpiDevice.Options options) {
        int bits = mosi.length * 8;
        int[] out = new int[bits];
        int start = -1;
        for (int i = 0; i < bits && start < 0; i++) {
            if (bit(mosi, i) == 1) {
                start = i;
            }
        }
        if (start >= 0 && start + 4 < bits) {
            boolean single = bit(mosi, start + 1) == 1;
            int select = bit(mosi, start + 2) << 2 | bit(mosi, start + 3) << 1 | bit(mosi, start + 4);
            int value = code(single, select);
            for (int k = 0; k < 10 && start + 7 + k < bits; k++) {
                out[start + 7 + k] = (value >> (9 - k)) & 1;
            }
        }
        boolean early = options.mode() == 1 || options.mode() == 2;
        byte[] miso = new byte[mosi.length];
        for (int i = 0; i < bits; i++) {
            int src = early ? i + 1 : i;
            if (src < bits && out[src] == 1) {
                miso[i / 8] |= (byte) (0x80 >> (i % 8));
            }
        }
        return miso;
    }

    private static int bit(byte[] b, int i) {
        return (b[i / 8] >> (7 - i % 8)) & 1;
    }
}
