// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Path;

/** The gpio and bramble:sim JS tests (src/test/js), run on the simulated board through the launcher. */
class GpioJsTest extends JsSuite {
    @Override
    protected Path root() {
        return Path.of("src/test/js");
    }
}
