// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** A UART or USB serial port; filled in by the serial issue (jSerialComm backend). */
public interface SerialPort extends AutoCloseable {

    String path();

    record Options(int baudRate, int dataBits, int stopBits, String parity, boolean rtscts) {}

    void open(Options options) throws IOException;

    void write(byte[] data) throws IOException;

    /** Received bytes are handed to {@code onData} through {@code executor}, in arrival order. */
    void onData(Consumer<byte[]> onData, Executor executor);

    @Override
    void close() throws IOException;
}
