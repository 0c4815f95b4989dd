// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version strings, read from the build's filtered resource and the GraalVM jars' Maven metadata. */
public final class Version {

    private Version() {}

    public static final String BRAMBLE = read("dev/bramble/runtime/version.properties", "version");

    public static String graal() {
        return read("META-INF/maven/org.graalvm.polyglot/polyglot/pom.properties", "version");
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
