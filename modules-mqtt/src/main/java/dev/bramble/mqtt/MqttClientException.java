// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

/**
 * A failure the JS side turns into an {@code Error}: {@code code} is a Node-style string
 * ({@code ECONNREFUSED}, {@code ERR_MQTT_OUTBOX_FULL}, ...) and {@code reasonCode} the MQTT return/reason
 * code where the broker gave one (CONNACK 5 "Not authorized", SUBACK 0x80), else -1.
 */
public final class MqttClientException extends Exception {

    private final String code;
    private final int reasonCode;

    public MqttClientException(String code, int reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.reasonCode = reasonCode;
    }

    public MqttClientException(String code, String message) {
        this(code, -1, message, null);
    }

    public String code() {
        return code;
    }

    public int reasonCode() {
        return reasonCode;
    }
}
