// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import dev.bramble.runtime.spi.BuiltinModule;
import dev.bramble.runtime.spi.Host;
import java.util.List;

/** {@code require('i2c')}: i2c-bus's API over the HAL; stands in for the {@code i2c-bus} package. */
public final class I2cModule implements BuiltinModule {

    @Override
    public List<String> names() {
        return List.of("i2c", "bramble:i2c");
    }

    @Override
    public List<String> npmFallbacks() {
        return List.of("i2c-bus");
    }

    @Override
    public String script() {
        return "dev/bramble/i2c/i2c.js";
    }

    @Override
    public Object createBinding(Host host) {
        return new I2cBinding(host);
    }
}
