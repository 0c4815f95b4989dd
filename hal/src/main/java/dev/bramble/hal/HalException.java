// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

/** No usable board or backend; the message says what was found and what to do instead. */
public final class HalException extends RuntimeException {
    public HalException(String message) {
        super(message);
    }

    public HalException(String message, Throwable cause) {
        super(message, cause);
    }
}
