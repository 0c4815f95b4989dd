// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.os;

import dev.bramble.runtime.spi.Host;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.graalvm.polyglot.HostAccess;

/**
 * {@code os} facts from Linux's /proc and /sys and from java.net. Structured answers are returned
 * as JSON text that lib/os.js parses, which keeps host objects out of user code.
 */
public final class OsBinding {

    private static final int USER_HZ = 100; // clock ticks per second in /proc/stat on every Linux we target

    public OsBinding(Host host) {
        // Stateless: every op reads the system afresh, as libuv does.
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path)).trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @HostAccess.Export
    public String hostname() {
        String h = read("/proc/sys/kernel/hostname");
        if (!h.isEmpty()) return h;
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @HostAccess.Export
    public String release() {
        String r = read("/proc/sys/kernel/osrelease");
        return r.isEmpty() ? System.getProperty("os.version") : r;
    }

    @HostAccess.Export
    public String version() {
        return read("/proc/sys/kernel/version");
    }

    @HostAccess.Export
    public String javaArch() {
        return System.getProperty("os.arch");
    }

    @HostAccess.Export
    public double uptime() {
        String u = read("/proc/uptime");
        return u.isEmpty() ? 0 : Double.parseDouble(u.split("\\s+")[0]);
    }

    @HostAccess.Export
    public String loadavg() {
        String l = read("/proc/loadavg");
        if (l.isEmpty()) return "[0,0,0]";
        String[] p = l.split("\\s+");
        return "[" + p[0] + "," + p[1] + "," + p[2] + "]";
    }

    /** [MemTotal, MemAvailable] in bytes. */
    @HostAccess.Export
    public String meminfo() {
        long total = 0;
        long avail = -1;
        long free = 0;
        for (String line : read("/proc/meminfo").split("\n")) {
            String[] p = line.split("\\s+");
            if (p.length < 2) continue;
            long kb = Long.parseLong(p[1]);
            switch (p[0]) {
                case "MemTotal:" -> total = kb * 1024;
                case "MemAvailable:" -> avail = kb * 1024;
                case "MemFree:" -> free = kb * 1024;
                default -> { }
            }
        }
        return "[" + total + "," + (avail >= 0 ? avail : free) + "]";
    }

    /** Node's os.cpus() shape as JSON: model, speed (MHz), times in ms. */
    @HostAccess.Export
    public String cpus() {
        List<String> models = new ArrayList<>();
        List<Double> speeds = new ArrayList<>();
        String fallbackModel = "";
        for (String line : read("/proc/cpuinfo").split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "model name" -> models.add(value);
                case "cpu MHz" -> speeds.add(Double.parseDouble(value));
                case "Model", "Hardware" -> fallbackModel = fallbackModel.isEmpty() ? value : fallbackModel;
                default -> { }
            }
        }
        StringBuilder out = new StringBuilder("[");
        int n = 0;
        for (String line : read("/proc/stat").split("\n")) {
            if (!line.matches("cpu\\d+ .*")) continue;
            String[] p = line.split("\\s+");
            String model = n < models.size() ? models.get(n) : fallbackModel.isEmpty() ? "unknown" : fallbackModel;
            long speed = n < speeds.size() ? Math.round(Math.floor(speeds.get(n))) : freqMhz(n);
            if (n > 0) out.append(',');
            out.append("{\"model\":").append(json(model)).append(",\"speed\":").append(speed)
                    .append(",\"times\":{\"user\":").append(ms(p[1])).append(",\"nice\":").append(ms(p[2]))
                    .append(",\"sys\":").append(ms(p[3])).append(",\"idle\":").append(ms(p[4]))
                    .append(",\"irq\":").append(ms(p[6])).append("}}");
            n++;
        }
        return out.append(']').toString();
    }

    private static long ms(String ticks) {
        return Long.parseLong(ticks) * 1000 / USER_HZ;
    }

    private static long freqMhz(int cpu) {
        String khz = read("/sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_cur_freq");
        return khz.isEmpty() ? 0 : Long.parseLong(khz) / 1000;
    }

    /** os.networkInterfaces() as JSON, in Node's per-address shape. */
    @HostAccess.Export
    public String networkInterfaces() {
        StringBuilder out = new StringBuilder("{");
        try {
            List<NetworkInterface> all = Collections.list(NetworkInterface.getNetworkInterfaces());
            all.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
            boolean first = true;
            for (NetworkInterface ni : all) {
                if (!ni.isUp()) continue;
                List<String> entries = new ArrayList<>();
                String mac = mac(ni.getHardwareAddress());
                List<InterfaceAddress> addrs = new ArrayList<>(ni.getInterfaceAddresses());
                addrs.sort((a, b) -> Boolean.compare(a.getAddress() instanceof java.net.Inet6Address, b.getAddress() instanceof java.net.Inet6Address));
                for (InterfaceAddress ia : addrs) {
                    InetAddress a = ia.getAddress();
                    boolean v6 = a instanceof java.net.Inet6Address;
                    String host = a.getHostAddress();
                    int pct = host.indexOf('%');
                    if (pct >= 0) host = host.substring(0, pct);
                    if (v6) host = compressV6(a.getAddress());
                    int prefix = ia.getNetworkPrefixLength();
                    StringBuilder e = new StringBuilder("{\"address\":").append(json(host))
                            .append(",\"netmask\":").append(json(netmask(prefix, v6)))
                            .append(",\"family\":\"").append(v6 ? "IPv6" : "IPv4").append('"')
                            .append(",\"mac\":").append(json(mac))
                            .append(",\"internal\":").append(ni.isLoopback());
                    if (v6) e.append(",\"scopeid\":").append(((java.net.Inet6Address) a).getScopeId());
                    e.append(",\"cidr\":").append(json(host + "/" + prefix)).append('}');
                    entries.add(e.toString());
                }
                if (entries.isEmpty()) continue;
                if (!first) out.append(',');
                first = false;
                out.append(json(ni.getName())).append(":[").append(String.join(",", entries)).append(']');
            }
        } catch (SocketException e) {
            // no interfaces visible (sandbox): an empty object, as libuv gives
        }
        return out.append('}').toString();
    }

    private static String mac(byte[] hw) {
        if (hw == null || hw.length != 6) return "00:00:00:00:00:00";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) s.append(':');
            s.append(String.format(Locale.ROOT, "%02x", hw[i] & 0xff));
        }
        return s.toString();
    }

    private static String netmask(int prefix, boolean v6) {
        int bits = v6 ? 128 : 32;
        byte[] m = new byte[bits / 8];
        for (int i = 0; i < prefix && i < bits; i++) m[i / 8] |= (byte) (0x80 >>> (i % 8));
        if (!v6) return (m[0] & 0xff) + "." + (m[1] & 0xff) + "." + (m[2] & 0xff) + "." + (m[3] & 0xff);
        return compressV6(m);
    }

    // RFC 5952 text form (longest zero run compressed), which is what Node prints.
    static String compressV6(byte[] a) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        int best = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && w[j] == 0) j++;
            if (j - i > bestLen) { best = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == best) {
                s.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            s.append(Integer.toHexString(w[i]));
            if (i < 7) s.append(':');
        }
        return s.toString();
    }

    /** uid, gid, username, homedir, shell as JSON. */
    @HostAccess.Export
    public String userInfo() {
        long uid = -1;
        long gid = -1;
        for (String line : read("/proc/self/status").split("\n")) {
            String[] p = line.split("\\s+");
            if (p[0].equals("Uid:")) uid = Long.parseLong(p[1]);
            if (p[0].equals("Gid:")) gid = Long.parseLong(p[1]);
        }
        String name = System.getProperty("user.name");
        String home = System.getProperty("user.home");
        String shell = null;
        for (String line : read("/etc/passwd").split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length >= 7 && f[2].equals(Long.toString(uid))) {
                name = f[0];
                home = f[5];
                shell = f[6];
                break;
            }
        }
        return "{\"uid\":" + uid + ",\"gid\":" + gid + ",\"username\":" + json(name) + ",\"homedir\":" + json(home)
                + ",\"shell\":" + (shell == null ? "null" : json(shell)) + "}";
    }

    @HostAccess.Export
    public int availableParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
