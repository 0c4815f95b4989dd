// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.serial;

import dev.bramble.hal.SerialPort;
import java.util.ArrayList;
import java.util.List;

/** The serial backend: real ports through jSerialComm (the only package that imports it), and their listing. */
public final class SerialPorts {

    /** One entry of {@code SerialPort.list()}, with serialport's field names; absent facts are null. */
    public record PortInfo(String path, String manufacturer, String serialNumber, String pnpId, String locationId,
            String vendorId, String productId) {}

    private SerialPorts() {}

    /** A port by its device path; opened later with {@link SerialPort#open}. */
    public static SerialPort port(String path) {
        return new JSerialCommPort(path);
    }

    /** The ports the OS knows (USB adapters, on-board UARTs); ptys are not listed, as with serialport. */
    public static List<PortInfo> list() {
        List<PortInfo> out = new ArrayList<>();
        for (com.fazecast.jSerialComm.SerialPort p : com.fazecast.jSerialComm.SerialPort.getCommPorts()) {
            out.add(new PortInfo(p.getSystemPortPath(), blank(p.getManufacturer()), blank(p.getSerialNumber()), null,
                    blank(p.getPortLocation()), hex(p.getVendorID()), hex(p.getProductID())));
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() || s.equalsIgnoreCase("Unknown") ? null : s;
    }

    private static String hex(int id) {
        return id <= 0 ? null : String.format("%04x", id);
    }
}
