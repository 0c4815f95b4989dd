// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import dev.bramble.runtime.spi.BuiltinModule;
import dev.bramble.runtime.spi.Host;
import java.util.List;

/** {@code require('spi')}: spi-device's API over the HAL; stands in for the {@code spi-device} package. */
public final class SpiModule implements BuiltinModule {

    @Override
    public List<String> names() {
        return List.of("spi", "bramble:spi");
    }

    @Override
    public List<String> npmFallbacks() {
        return List.of("spi-device");
    }

    @Override
    public String script() {
        return "dev/bramble/i2c/spi.js";
    }

    @Override
    public Object createBinding(Host host) {
        return new SpiBinding(host);
    }
}
