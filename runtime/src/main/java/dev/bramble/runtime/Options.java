// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the command line asked for.
 *
 * @param mode            what to run
 * @param script          the entry file (FILE mode), absolute
 * @param code            the code of -e / -p
 * @param args            arguments after the script (process.argv.slice(2))
 * @param execArgv        the runtime flags (process.execArgv)
 * @param runtimeOptions  --board, --sim and other options modules read through Host.option()
 * @param inputType       "commonjs" or "module" for -e/-p
 */
public record Options(Mode mode, Path script, String code, List<String> args, List<String> execArgv,
                      Map<String, String> runtimeOptions, String inputType) {

    public enum Mode { FILE, EVAL, PRINT, REPL }

    /** The app's name for its data directory: the entry's directory name, or "bramble" for -e/REPL. */
    public String appName() {
        if (script == null || script.getParent() == null || script.getParent().getFileName() == null) return "bramble";
        return script.getParent().getFileName().toString();
    }
}
