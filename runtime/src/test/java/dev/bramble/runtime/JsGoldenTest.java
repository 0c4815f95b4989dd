// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Path;

/** The runtime's JS tests (src/test/js), compared with Node 20's recorded output. */
class JsGoldenTest extends JsSuite {
    @Override
    protected Path root() {
        return Path.of("src/test/js");
    }

    @Override
    protected java.util.Map<String, String> environment() {
        return TestCerts.env();
    }
}
