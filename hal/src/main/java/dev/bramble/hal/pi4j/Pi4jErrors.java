// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import dev.bramble.hal.BusException;
import java.util.Locale;

/** Turns what Pi4J throws for a failed transfer into the errno Linux reported, with a hint. */
final class Pi4jErrors {

    private Pi4jErrors() {}

    static BusException map(Throwable e, String bus, int address) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusException b) {
                return b;
            }
            if (t instanceof com.pi4j.library.linuxfs.LinuxFile.LinuxFileException l && l.getCode() > 0) {
                return BusException.fromErrno(l.getCode(), l.getMessage(), bus, address);
            }
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("remote i/o")) {
            return BusException.fromErrno(121, null, bus, address);
        }
        if (m.contains("timed out")) {
            return BusException.fromErrno(110, null, bus, address);
        }
        if (m.contains("permission denied")) {
            return BusException.fromErrno(13, null, bus, address);
        }
        if (m.contains("no such file")) {
            return BusException.fromErrno(2, null, bus, address);
        }
        if (m.contains("busy")) {
            return BusException.fromErrno(16, null, bus, address);
        }
        return new BusException("EIO", 5, "Input/output error", bus + ": " + e.getMessage());
    }
}
