// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

/**
 * One topic filter of a SUBSCRIBE. {@code noLocal}, {@code retainAsPublished} and {@code retainHandling}
 * are MQTT 5 subscription options (MQTT.js's {@code nl}, {@code rap}, {@code rh}); 3.1.1 ignores them.
 */
public record Subscription(String topic, int qos, boolean noLocal, boolean retainAsPublished, int retainHandling) {

    public Subscription(String topic, int qos) {
        this(topic, qos, false, false, 0);
    }
}
