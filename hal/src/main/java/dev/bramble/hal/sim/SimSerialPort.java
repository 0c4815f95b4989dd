// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.BusException;
import dev.bramble.hal.SerialPort;
import java.io.IOException;
import java.util.concurrent.Executor;

/** A simulated UART ({@code sim:uart0}): bytes go to and come from the peer the scenario wired to it. */
final class SimSerialPort implements SerialPort {

    private final SimBoard board;
    private final String path;
    private final String uart;
    private volatile SimSerialPeer peer;
    private volatile Status status = new Status(false, false, false);

    SimSerialPort(SimBoard board, String path, String uart) {
        this.board = board;
        this.path = path;
        this.uart = uart;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public void open(Options options, Listener listener, Executor executor) throws IOException {
        SimSerialPeer p = board.claimUart(uart, this);
        synchronized (this) {
            this.listener = listener;
            this.executor = executor;
        }
        peer = p;
        if (p != null) {
            p.connected(this::deliver, board.worker());
        }
    }

    private SimSerialPeer open() throws IOException {
        if (!board.holdsUart(uart, this)) {
            throw new BusException("EBADF", 9, "Port is not open", null);
        }
        return peer;
    }

    private final java.util.ArrayDeque<byte[]> held = new java.util.ArrayDeque<>();
    private Listener listener;
    private Executor executor;
    private boolean paused;

    private synchronized void deliver(byte[] bytes) {
        if (paused) {
            held.add(bytes);
        } else {
            Listener l = listener;
            executor.execute(() -> l.data(bytes));
        }
    }

    @Override
    public synchronized void pause() {
        paused = true;
    }

    @Override
    public synchronized void resume() {
        paused = false;
        while (!held.isEmpty()) {
            deliver(held.poll());
        }
    }

    @Override
    public void write(byte[] data) throws IOException {
        SimSerialPeer p = open();
        if (p != null) {
            p.received(data);
        }
    }

    @Override
    public void update(int baudRate) throws IOException {
        open();
    }

    @Override
    public void set(Flags flags) throws IOException {
        open();
        // A simulated peer wires DTR/RTS back to DSR/CTS, as a null-modem cable does.
        status = new Status(flags.rts(), flags.dtr(), flags.dtr());
    }

    @Override
    public Status get() throws IOException {
        open();
        return status;
    }

    @Override
    public void flush() throws IOException {
        open();
    }

    @Override
    public void drain() throws IOException {
        open();
    }

    @Override
    public void close() {
        SimSerialPeer p = peer;
        peer = null;
        if (p != null) {
            p.disconnected();
        }
        board.releaseUart(uart, this);
    }
}
