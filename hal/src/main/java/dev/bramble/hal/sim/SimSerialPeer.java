// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import java.util.function.Consumer;

/**
 * What is wired to a simulated UART: it starts sending when the program opens the port (so a recorded
 * stream plays from its beginning) and sees whatever the program writes.
 */
public interface SimSerialPeer {

    String id();

    String type();

    /** The port opened; {@code send} delivers bytes to it from the simulator's thread. */
    void connected(Consumer<byte[]> send, java.util.concurrent.ScheduledExecutorService timer);

    /** Bytes the program wrote. */
    void received(byte[] data);

    void disconnected();
}
