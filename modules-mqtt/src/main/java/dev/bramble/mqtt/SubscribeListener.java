// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

/** The outcome of a SUBSCRIBE: per filter the granted QoS (0..2) or a failure code (>= 0x80); or an error. */
@FunctionalInterface
public interface SubscribeListener {
    void done(int[] granted, MqttClientException error);
}
