// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.serial;

import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import dev.bramble.hal.BusException;
import dev.bramble.hal.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A port through jSerialComm. Reads are its event thread's DATA_AVAILABLE events, handed to the
 * caller's executor; writes block (on the worker pool). jSerialComm keeps firing PORT_DISCONNECTED
 * once a pty's peer or a USB adapter is gone, so the first one is reported and the port is closed off
 * that thread.
 */
final class JSerialCommPort implements SerialPort {

    private final String path;
    private volatile com.fazecast.jSerialComm.SerialPort port;
    private final AtomicBoolean gone = new AtomicBoolean();

    JSerialCommPort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public void open(Options o, Listener listener, Executor executor) throws IOException {
        if (!Files.exists(Path.of(path))) {
            throw new BusException("ENOENT", 2, "Error: No such file or directory, cannot open " + path, null);
        }
        com.fazecast.jSerialComm.SerialPort p = com.fazecast.jSerialComm.SerialPort.getCommPort(path);
        p.setComPortParameters(o.baudRate(), o.dataBits(), stopBits(o.stopBits()), parity(o.parity()));
        int flow = 0;
        if (o.rtscts()) {
            flow |= com.fazecast.jSerialComm.SerialPort.FLOW_CONTROL_RTS_ENABLED | com.fazecast.jSerialComm.SerialPort.FLOW_CONTROL_CTS_ENABLED;
        }
        if (o.xon()) {
            flow |= com.fazecast.jSerialComm.SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED;
        }
        if (o.xoff()) {
            flow |= com.fazecast.jSerialComm.SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        }
        p.setFlowControl(flow);
        p.setComPortTimeouts(com.fazecast.jSerialComm.SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 0);
        if (!p.openPort()) {
            int errno = p.getLastErrorCode();
            throw switch (errno) {
                case 16, 11 -> new BusException("EBUSY", 16, "Error Resource temporarily unavailable Cannot lock port",
                        "another program (or this one) has it open; find it with: fuser " + path);
                case 13, 1 -> new BusException("EACCES", 13, "Error: Permission denied, cannot open " + path,
                        "add the user to the dialout group (sudo usermod -aG dialout $USER) and log in again");
                case 2 -> new BusException("ENOENT", 2, "Error: No such file or directory, cannot open " + path, null);
                default -> new BusException("EIO", errno > 0 ? errno : 5, "Error: cannot open " + path + " (error " + errno + ")", null);
            };
        }
        port = p;
        this.dataListener = new SerialPortDataListener() {
            @Override
            public int getListeningEvents() {
                return com.fazecast.jSerialComm.SerialPort.LISTENING_EVENT_DATA_AVAILABLE
                        | com.fazecast.jSerialComm.SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
            }

            @Override
            public void serialEvent(SerialPortEvent e) {
                if (e.getEventType() == com.fazecast.jSerialComm.SerialPort.LISTENING_EVENT_DATA_AVAILABLE) {
                    int n = p.bytesAvailable();
                    if (n > 0) {
                        byte[] buf = new byte[n];
                        int got = p.readBytes(buf, n);
                        if (got > 0) {
                            received(got == n ? buf : Arrays.copyOf(buf, got), listener, executor);
                            return;
                        }
                    }
                    if (n >= 0) {
                        return;
                    }
                }
                if (gone.compareAndSet(false, true)) {
                    // Closing from the event thread would wait for that very thread; hand it to another.
                    Thread.ofPlatform().daemon().name("bramble-serial-close").start(p::closePort);
                    executor.execute(() -> listener.disconnected(new BusException("EIO", 5, "Input/output error",
                            path + " went away (device unplugged or the other end closed)")));
                }
            }
        };
        p.addDataListener(dataListener);
    }

    private SerialPortDataListener dataListener;
    private final java.util.concurrent.ConcurrentLinkedQueue<byte[]> arrived = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOffQueued = new AtomicBoolean();

    /**
     * Hands received bytes to the executor, coalescing: while a hand-off is queued, later chunks join it,
     * so a busy loop takes one larger chunk instead of many small ones (the OS hands out ~4 KB at a time).
     */
    private void received(byte[] data, Listener listener, Executor executor) {
        arrived.add(data);
        if (handOffQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                handOffQueued.set(false);
                byte[] first = arrived.poll();
                if (first == null) {
                    return;
                }
                byte[] next = arrived.poll();
                if (next == null) {
                    listener.data(first);
                    return;
                }
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(first.length * 4);
                all.writeBytes(first);
                for (; next != null; next = arrived.poll()) {
                    all.writeBytes(next);
                }
                listener.data(all.toByteArray());
            });
        }
    }
    private boolean paused;

    @Override
    public synchronized void pause() {
        com.fazecast.jSerialComm.SerialPort p = port;
        if (p != null && !paused && !gone.get()) {
            paused = true;
            // Unread bytes stay in the kernel's buffer; with no listener jSerialComm stops polling the port.
            p.removeDataListener();
        }
    }

    @Override
    public synchronized void resume() {
        com.fazecast.jSerialComm.SerialPort p = port;
        if (p != null && paused && !gone.get()) {
            paused = false;
            p.addDataListener(dataListener);
        }
    }

    private com.fazecast.jSerialComm.SerialPort open() throws IOException {
        com.fazecast.jSerialComm.SerialPort p = port;
        if (p == null || gone.get()) {
            throw new BusException("EBADF", 9, "Port is not open", null);
        }
        return p;
    }

    @Override
    public void write(byte[] data) throws IOException {
        com.fazecast.jSerialComm.SerialPort p = open();
        int off = 0;
        while (off < data.length) {
            int n = p.writeBytes(data, data.length - off, off);
            if (n < 0) {
                throw new BusException("EIO", 5, "Input/output error, writing to " + path, "the port went away");
            }
            off += n;
        }
    }

    @Override
    public void update(int baudRate) throws IOException {
        if (!open().setBaudRate(baudRate)) {
            throw new BusException("EINVAL", 22, "Invalid argument, cannot set baud rate " + baudRate, null);
        }
    }

    @Override
    public void set(Flags f) throws IOException {
        com.fazecast.jSerialComm.SerialPort p = open();
        boolean ok = (f.brk() ? p.setBreak() : p.clearBreak()) & (f.dtr() ? p.setDTR() : p.clearDTR())
                & (f.rts() ? p.setRTS() : p.clearRTS());
        if (!ok) {
            throw new BusException("ENOTTY", 25, "Error: Inappropriate ioctl for device, cannot set", path + " has no modem lines (a pty?)");
        }
    }

    @Override
    public Status get() throws IOException {
        com.fazecast.jSerialComm.SerialPort p = open();
        return new Status(p.getCTS(), p.getDSR(), p.getDCD());
    }

    @Override
    public void flush() throws IOException {
        open().flushIOBuffers();
    }

    @Override
    public void drain() throws IOException {
        com.fazecast.jSerialComm.SerialPort p = open();
        // jSerialComm has no tcdrain; writes are blocking, so wait for the OS's output queue to empty.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (p.bytesAwaitingWrite() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        com.fazecast.jSerialComm.SerialPort p = port;
        port = null;
        if (p != null && gone.compareAndSet(false, true)) {
            p.removeDataListener();
            p.closePort();
        }
    }

    private static int stopBits(double s) {
        return s == 2 ? com.fazecast.jSerialComm.SerialPort.TWO_STOP_BITS
                : s == 1.5 ? com.fazecast.jSerialComm.SerialPort.ONE_POINT_FIVE_STOP_BITS : com.fazecast.jSerialComm.SerialPort.ONE_STOP_BIT;
    }

    private static int parity(String p) {
        return switch (p) {
            case "even" -> com.fazecast.jSerialComm.SerialPort.EVEN_PARITY;
            case "odd" -> com.fazecast.jSerialComm.SerialPort.ODD_PARITY;
            case "mark" -> com.fazecast.jSerialComm.SerialPort.MARK_PARITY;
            case "space" -> com.fazecast.jSerialComm.SerialPort.SPACE_PARITY;
            default -> com.fazecast.jSerialComm.SerialPort.NO_PARITY;
        };
    }
}
