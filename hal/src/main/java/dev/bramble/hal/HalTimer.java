// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The one JVM timer thread for the HAL's software debounce, shared by every backend. */
public final class HalTimer {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("bramble-hal-timer").factory());

    private HalTimer() {}

    public static ScheduledExecutorService get() {
        return TIMER;
    }
}
