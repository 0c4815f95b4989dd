// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.modules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a vendored npm package lives on the classpath. Bramble takes well-kept pure-JS packages
 * (readable-stream for {@code stream}, ...) as WebJars from Maven Central rather than copying them;
 * a WebJar keeps the package under {@code META-INF/resources/webjars/<pkg>/<version>/}, and its
 * version is read from the WebJar's own Maven metadata, so the pom is the one place it is named.
 */
final class Vendor {

    private static final Map<String, String> ROOTS = new ConcurrentHashMap<>();

    private Vendor() {}

    /** The resource prefix of {@code pkg} (ending in '/'), or null if no such WebJar is on the classpath. */
    static String root(String pkg) {
        String root = ROOTS.computeIfAbsent(pkg, Vendor::find);
        return root.isEmpty() ? null : root;
    }

    private static String find(String pkg) {
        String meta = "META-INF/maven/org.webjars.npm/" + pkg + "/pom.properties";
        try (InputStream in = Vendor.class.getClassLoader().getResourceAsStream(meta)) {
            if (in == null) return "";
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/" + pkg + "/" + p.getProperty("version") + "/";
        } catch (IOException e) {
            return "";
        }
    }
}
