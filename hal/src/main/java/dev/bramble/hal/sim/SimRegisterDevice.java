// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import java.util.List;
import java.util.Map;

/**
 * A generic register-file chip (256 byte registers, like an EEPROM page or most sensors): a write sets
 * the register pointer from its first byte and stores the rest from there; a read returns bytes from
 * the pointer; both auto-increment. Subclasses give registers meaning.
 */
public class SimRegisterDevice implements SimI2cDevice {

    private final String id;
    private final String type;
    private final int address;
    protected final int[] registers = new int[256];
    private int pointer;

    public SimRegisterDevice(String id, String type, int address, Map<String, List<Integer>> initial) {
        this.id = id;
        this.type = type;
        this.address = address;
        if (initial != null) {
            initial.forEach((start, bytes) -> {
                int r = parse(start);
                for (int b : bytes) {
                    registers[r++ & 0xff] = b & 0xff;
                }
            });
        }
    }

    static int parse(String number) {
        String s = number.trim().toLowerCase();
        return s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public synchronized void write(byte[] data) {
        if (data.length == 0) {
            return;
        }
        pointer = data[0] & 0xff;
        pointerSet(pointer);
        for (int i = 1; i < data.length; i++) {
            writeRegister(pointer, data[i] & 0xff);
            pointer = (pointer + 1) & 0xff;
        }
    }

    @Override
    public synchronized byte[] read(int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) readRegister(pointer);
            pointer = (pointer + 1) & 0xff;
        }
        return out;
    }

    /** The master chose a register to read or write from. */
    protected void pointerSet(int register) {}

    protected void writeRegister(int register, int value) {
        registers[register] = value;
    }

    protected int readRegister(int register) {
        return registers[register];
    }

    /** A register's value now (for tests and the simulator's own checks). */
    public synchronized int register(int r) {
        return registers[r & 0xff];
    }
}
