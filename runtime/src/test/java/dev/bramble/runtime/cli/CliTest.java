// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void bareGrantBeforeTheScriptGrantsAll() {
        assertArrayEquals(new String[] {"--allow-run=*", "app.js"}, Cli.normalizeGrants(new String[] {"--allow-run", "app.js"}));
        assertArrayEquals(new String[] {"--allow-net=*", "--deny-env=*", "a.js"},
                Cli.normalizeGrants(new String[] {"--allow-net", "--deny-env", "a.js"}));
    }

    @Test
    void valuesAndTheScriptsOwnArgumentsAreLeftAlone() {
        String[] argv = {"--allow-read=/tmp", "--board", "--allow-x", "app.js", "--allow-run"};
        assertArrayEquals(argv, Cli.normalizeGrants(argv));
        String[] eval = {"-e", "1", "--allow-env", "--", "--allow-run"};
        assertArrayEquals(new String[] {"-e", "1", "--allow-env=*", "--", "--allow-run"}, Cli.normalizeGrants(eval));
    }
}
