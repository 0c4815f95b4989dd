// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import dev.bramble.runtime.spi.BuiltinModule;
import dev.bramble.runtime.spi.Host;
import java.util.List;

/** Registers the {@code mqtt} built-in with the runtime (listed in META-INF/services). */
public final class MqttModule implements BuiltinModule {

    @Override
    public List<String> names() {
        return List.of("mqtt", "bramble:mqtt");
    }

    /** A real MQTT.js in node_modules wins over the built-in; without one, {@code require('mqtt')} gets this. */
    @Override
    public List<String> npmFallbacks() {
        return List.of("mqtt");
    }

    @Override
    public String script() {
        return "dev/bramble/mqtt/mqtt.js";
    }

    @Override
    public Object createBinding(Host host) {
        return new MqttBinding(host);
    }
}
