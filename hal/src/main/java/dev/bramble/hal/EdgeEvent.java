// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

/**
 * An edge on a watched line: the logical value after it, which edge it was, and when it happened in
 * nanoseconds on the monotonic clock ({@link System#nanoTime()} scale, like the kernel's event stamps).
 */
public record EdgeEvent(Pin pin, int value, LineConfig.Edge edge, long timestampNanos) {}
