// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Path;

/** The i2c and spi JS tests (src/test/js), run on the simulated board through the launcher. */
class I2cJsTest extends JsSuite {
    @Override
    protected Path root() {
        return Path.of("src/test/js");
    }
}
