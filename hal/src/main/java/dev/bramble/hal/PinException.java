// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

/** A pin the board lacks, or one that is power or ground; the message names the valid choices. */
public final class PinException extends IllegalArgumentException {
    public PinException(String message) {
        super(message);
    }
}
