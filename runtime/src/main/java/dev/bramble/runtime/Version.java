// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version strings, read from the build's filtered resource and the GraalVM jars' Maven metadata. */
public final class Version {

    private Version() {}

    public static final String BRAMBLE = read("dev/bramble/runtime/version.properties", "version");

    /**
     * The polyglot jar names its version in a resource of its own (its manifest puts the version
     * among the main attributes, and it ships no Maven metadata).
     */
    public static String graal() {
        return read("META-INF/graalvm/org.graalvm.polyglot/version", null);
    }

    /** A key of a properties resource, or (key null) the resource's whole text, trimmed. */
    private static String read(String resource, String key) {
        try (InputStream in = org.graalvm.polyglot.Context.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return "unknown";
            if (key == null) return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
