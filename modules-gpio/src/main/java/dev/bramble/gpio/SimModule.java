// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import dev.bramble.runtime.spi.BuiltinModule;
import dev.bramble.runtime.spi.Host;
import java.util.List;

/** {@code require('bramble:sim')}: drives the simulated board's devices from JS. */
public final class SimModule implements BuiltinModule {

    @Override
    public List<String> names() {
        return List.of("bramble:sim");
    }

    @Override
    public String script() {
        return "dev/bramble/gpio/sim.js";
    }

    @Override
    public Object createBinding(Host host) {
        return new SimBinding(host);
    }
}
