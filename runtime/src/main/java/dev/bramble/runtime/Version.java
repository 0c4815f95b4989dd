// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version strings, read from the build's filtered resource and the GraalVM jars' Maven metadata. */
public final class Version {

    private Version() {}

    public static final String BRAMBLE = read("dev/bramble/runtime/version.properties", "version");

    /** The polyglot jar's manifest names its version (it ships no Maven metadata). */
    public static String graal() {
        try {
            var url = org.graalvm.polyglot.Context.class.getProtectionDomain().getCodeSource().getLocation();
            try (var jar = new java.util.jar.JarFile(new java.io.File(url.toURI()))) {
                var attrs = jar.getManifest().getAttributes("polyglot");
                String v = attrs != null ? attrs.getValue("Implementation-Version") : null;
                return v != null ? v : "unknown";
            }
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String read(String resource, String key) {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
