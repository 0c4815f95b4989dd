// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

/** The fate of one publish, reported through the client's Executor. */
public interface PublishListener {

    /** QoS 1/2: the message is in the store (fsync'd for the disk outbox); from here on a crash does not lose it. */
    default void stored() {
    }

    /**
     * QoS 1: PUBACK received; QoS 2: PUBCOMP received; QoS 0: written to the socket. Or the error: the
     * outbox refused it, the broker rejected it, it expired, or the client ended first (a message already
     * in the disk outbox then stays there and is sent on the next run).
     */
    void completed(MqttClientException error);

    PublishListener NONE = error -> { };
}
