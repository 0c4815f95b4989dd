// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

/** A GPIO line on the board's header: its chip line offset, its physical header pin, and its name ({@code GPIO17}). */
public record Pin(int line, int header, String name) {
    @Override
    public String toString() {
        return name + " (PIN" + header + ")";
    }
}
