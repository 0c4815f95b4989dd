// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.spi;

/** The Deno-style permission model: {@code --allow-*} grants, {@code --deny-*} overrides. */
public interface Permissions {

    /** What a permission guards; the flag is {@code --allow-<flag>}. */
    enum Kind {
        READ("read"), WRITE("write"), NET("net"), ENV("env"), RUN("run"),
        GPIO("gpio"), I2C("i2c"), SPI("spi"), SERIAL("serial");

        public final String flag;

        Kind(String flag) {
            this.flag = flag;
        }
    }

    /**
     * Throws a JS error with {@code code: 'ERR_ACCESS_DENIED'} naming the resource and the flag
     * that would allow it, unless access is granted. {@code api} names the call, e.g. {@code "fs.readFile()"}.
     * {@code resource} is a path, {@code host:port}, variable name, program, pin, bus or port.
     */
    void check(Kind kind, String resource, String api);

    /**
     * Like {@link #check} for a resource known by several names (a pin is {@code GPIO17}, {@code 17},
     * {@code PIN11} and maybe {@code LED}): granted if any name is allowed and none is denied.
     * The first name is the one the error message shows.
     */
    void checkAny(Kind kind, String api, java.util.List<String> names);

    boolean isGranted(Kind kind, String resource);
}
