// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * A UART or USB serial port (jSerialComm in {@code dev.bramble.hal.serial}) or a simulated one. Reads
 * are event-driven: received bytes reach the {@link Listener} through the caller's executor, in order,
 * and a vanished port (USB unplugged, the peer of a pty gone) is reported once through {@code closed}.
 */
public interface SerialPort extends AutoCloseable {

    String path();

    /** serialport's open options. {@code stopBits} is 1, 1.5 or 2; parity none, even, odd, mark or space. */
    record Options(int baudRate, int dataBits, double stopBits, String parity, boolean rtscts, boolean xon,
            boolean xoff, boolean xany, boolean hupcl) {}

    /** Modem lines to set: serialport's {@code set()} flags. */
    record Flags(boolean brk, boolean cts, boolean dsr, boolean dtr, boolean rts) {}

    /** Modem lines read back: serialport's {@code get()} result. */
    record Status(boolean cts, boolean dsr, boolean dcd) {}

    interface Listener {
        void data(byte[] bytes);

        /** The port went away under the program (not called for {@link #close()}). */
        void disconnected(IOException cause);
    }

    void open(Options options, Listener listener, Executor executor) throws IOException;

    /**
     * Stops taking bytes from the OS while the program's buffer is full (the kernel's buffer and the
     * line's flow control then hold them back); {@link #resume} takes them again.
     */
    void pause();

    void resume();

    /** Blocks until every byte is handed to the OS. */
    void write(byte[] data) throws IOException;

    void update(int baudRate) throws IOException;

    void set(Flags flags) throws IOException;

    Status get() throws IOException;

    /** Discards received-but-unread and written-but-unsent bytes. */
    void flush() throws IOException;

    /** Waits until written bytes have left. */
    void drain() throws IOException;

    @Override
    void close() throws IOException;
}
