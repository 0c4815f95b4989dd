// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;
import java.util.List;

/**
 * An SPI device ({@code spi0.0}) with spi-device's options and multi-part messages. Blocking; call from
 * the worker pool.
 */
public interface SpiDevice extends AutoCloseable {

    String id();

    /** spi-device's configuration options (mode 0-3, word size, clock, bit order and the mode flags). */
    record Options(int mode, int bitsPerWord, int maxSpeedHz, boolean lsbFirst, boolean chipSelectHigh,
            boolean threeWire, boolean loopback, boolean noChipSelect, boolean ready) {

        public static Options defaults() {
            // What spidev reports on a Pi before anything is set: mode 0, 8-bit words, the controller's 125 MHz ceiling.
            return new Options(0, 8, 125_000_000, false, false, false, false, false, false);
        }
    }

    /**
     * One part of a message: bytes to send (null sends zeros), how many bytes, whether to read, a clock
     * override (0: the device's), bits per word (0: the device's), a delay after it, and whether chip
     * select is released before the next part.
     */
    record Transfer(byte[] send, int length, boolean receive, int speedHz, int bitsPerWord, int delayMicros,
            boolean chipSelectChange) {}

    Options options() throws IOException;

    void configure(Options options) throws IOException;

    /** Runs the parts as one message (chip select held between them unless a part says otherwise); returns what each received (null where it did not read). */
    List<byte[]> transfer(List<Transfer> message) throws IOException;

    @Override
    void close() throws IOException;
}
