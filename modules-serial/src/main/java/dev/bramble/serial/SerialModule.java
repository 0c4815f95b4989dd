// SPDX-License-Identifier: Apache-2.0
package dev.bramble.serial;

import dev.bramble.runtime.spi.BuiltinModule;
import dev.bramble.runtime.spi.Host;
import java.util.List;

/** {@code require('serial')}: serialport's SerialPort and parsers over the HAL; stands in for the {@code serialport} package. */
public final class SerialModule implements BuiltinModule {

    @Override
    public List<String> names() {
        return List.of("serial", "bramble:serial");
    }

    @Override
    public List<String> npmFallbacks() {
        return List.of("serialport");
    }

    @Override
    public String script() {
        return "dev/bramble/serial/serial.js";
    }

    @Override
    public Object createBinding(Host host) {
        return new SerialBinding(host);
    }
}
