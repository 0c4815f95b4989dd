// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;

/** An SPI device ({@code spi0.0}); filled in by the I2C/SPI issue. Blocking; call from the worker pool. */
public interface SpiDevice extends AutoCloseable {

    String id();

    /** SPI mode 0-3, bits per word and clock, as spi-device's options name them. */
    record Options(int mode, int bitsPerWord, int maxSpeedHz, boolean lsbFirst) {}

    Options options();

    void configure(Options options) throws IOException;

    /** Full-duplex transfer: sends {@code tx} and returns as many bytes received. */
    byte[] transfer(byte[] tx, int speedHz) throws IOException;

    @Override
    void close() throws IOException;
}
