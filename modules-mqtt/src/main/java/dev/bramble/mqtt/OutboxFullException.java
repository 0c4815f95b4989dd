// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.IOException;

/**
 * The outbox refused a new message because it holds its byte limit of undelivered messages.
 * The policy is "reject new": messages already accepted are never dropped to make room (only
 * ones older than the age limit are), so the app learns of the backlog and can decide what to shed.
 */
public final class OutboxFullException extends IOException {

    public OutboxFullException(String message) {
        super(message);
    }
}
