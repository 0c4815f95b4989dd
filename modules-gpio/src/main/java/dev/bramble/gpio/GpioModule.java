// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import dev.bramble.runtime.spi.BuiltinModule;
import dev.bramble.runtime.spi.Host;
import java.util.List;

/** {@code require('gpio')}: onoff's {@code Gpio} plus {@code Pwm}; stands in for the {@code onoff} package. */
public final class GpioModule implements BuiltinModule {

    @Override
    public List<String> names() {
        return List.of("gpio", "bramble:gpio");
    }

    @Override
    public List<String> npmFallbacks() {
        return List.of("onoff");
    }

    @Override
    public String script() {
        return "dev/bramble/gpio/gpio.js";
    }

    @Override
    public Object createBinding(Host host) {
        return new GpioBinding(host);
    }
}
