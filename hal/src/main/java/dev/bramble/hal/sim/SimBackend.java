// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.Backend;
import dev.bramble.hal.Board;
import dev.bramble.hal.BoardProfile;
import dev.bramble.hal.HalException;
import dev.bramble.hal.HalOptions;
import java.io.IOException;
import java.util.Optional;

/** The simulated board: always available, on any machine. */
public final class SimBackend implements Backend {

    @Override
    public String id() {
        return "sim";
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public Optional<String> unavailabilityCause() {
        return Optional.empty();
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public Board open(BoardProfile profile, HalOptions options) {
        Scenario scenario = Scenario.defaults();
        if (options.scenario().isPresent()) {
            try {
                scenario = Scenario.read(options.scenario().get());
            } catch (IOException e) {
                throw new HalException("cannot read simulator scenario " + options.scenario().get() + ": " + e.getMessage(), e);
            }
        }
        return new SimBoard(profile, scenario);
    }
}
