// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.Optional;

/**
 * A hardware backend, listed in {@code META-INF/services/dev.bramble.hal.Backend}: {@code pi4j} for
 * real boards, {@code sim} for the simulated board. Like Netty's optional native transports, each
 * says whether it can run here and, if not, why.
 */
public interface Backend {

    String id();

    boolean isAvailable();

    /** Why {@link #isAvailable()} is false, in a sentence a user can act on; empty when available. */
    Optional<String> unavailabilityCause();

    /** Whether this backend drives a simulated board rather than real pins. */
    boolean simulated();

    /** Opens the board for use; the caller closes it at exit, which releases every line. */
    Board open(BoardProfile profile, HalOptions options);
}
