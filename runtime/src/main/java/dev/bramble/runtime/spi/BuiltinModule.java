// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.spi;

import java.util.List;

/**
 * A built-in JavaScript module contributed by a Maven module (gpio, i2c, serial, mqtt, ...).
 * Implementations are listed in {@code META-INF/services/dev.bramble.runtime.spi.BuiltinModule}
 * and found with {@link java.util.ServiceLoader}; the runtime knows none of them at compile time.
 *
 * <p>One built-in is one Java binding ({@link #createBinding}) plus one JS file ({@link #script}).
 * The JS file is a CommonJS module; it reaches its binding with {@code internalBinding(name)} where
 * {@code name} is {@code names().get(0)}, and it may {@code require} core modules.
 */
public interface BuiltinModule {

    /** Names the module answers to in {@code require}/{@code import}; the first is canonical, e.g. {@code ["gpio", "bramble:gpio"]}. */
    List<String> names();

    /**
     * npm package names this built-in stands in for ({@code "onoff"}, {@code "serialport"}): they resolve
     * to it only when no {@code node_modules} package of that name is found, so real packages still win.
     */
    default List<String> npmFallbacks() {
        return List.of();
    }

    /** Classpath resource of the JS glue, e.g. {@code "dev/bramble/gpio/gpio.js"}. */
    String script();

    /**
     * Creates the binding object handed to the JS glue. Called once per runtime, on the loop thread,
     * the first time the module is required. Its public methods annotated with
     * {@code @HostAccess.Export} are the module's ops: list them together in one class.
     */
    Object createBinding(Host host);
}
