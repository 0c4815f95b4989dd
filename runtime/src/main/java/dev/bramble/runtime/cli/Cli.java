// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line, like node's: runtime options first, then the script and its own arguments
 * (parsing stops at the first positional, so {@code bramble app.js --foo} passes --foo to the app).
 */
@Command(name = "bramble", sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs JavaScript programs with Node's APIs and the board's hardware built in.",
        footerHeading = "%nExamples:%n",
        footer = {"  bramble app.js                 run app.js (on the simulated board off a Pi)",
                  "  bramble --allow-gpio=17 blink.js",
                  "  bramble -p '1 + 2'             print the result of an expression",
                  "  bramble                        start the REPL"})
public final class Cli {

    @Option(names = {"-e", "--eval"}, paramLabel = "SCRIPT", description = "evaluate SCRIPT")
    public String eval;

    @Option(names = {"-p", "--print"}, paramLabel = "SCRIPT", description = "evaluate SCRIPT and print the result")
    public String print;

    @Option(names = {"-i", "--interactive"}, description = "open the REPL even if stdin is not a terminal")
    public boolean interactive;

    @Option(names = "--input-type", paramLabel = "TYPE", description = "commonjs (default) or module, for -e/-p and stdin")
    public String inputType = "commonjs";

    @Option(names = {"-v", "--version"}, description = "print the versions of Bramble, GraalJS and the JVM, and whether the JIT is on")
    public boolean version;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    public boolean help;

    @Option(names = "--board", paramLabel = "ID", description = "use this board profile (e.g. pi4b, pi5, sim) instead of detecting it")
    public String board;

    @Option(names = "--sim", paramLabel = "FILE", description = "a scenario file for the simulated board")
    public String sim;

    @Option(names = "--board-info", description = "print the detected board and its pin header, then exit")
    public boolean boardInfo;

    @Option(names = {"-A", "--allow-all"}, description = "grant every permission")
    public boolean allowAll;

    @Option(names = "--allow-read", arity = "0..1", fallbackValue = "*", paramLabel = "PATHS", description = "allow file reads (all, or a comma-separated list of paths)")
    public List<String> allowRead = new ArrayList<>();
    @Option(names = "--allow-write", arity = "0..1", fallbackValue = "*", paramLabel = "PATHS", description = "allow file writes")
    public List<String> allowWrite = new ArrayList<>();
    @Option(names = "--allow-net", arity = "0..1", fallbackValue = "*", paramLabel = "HOSTS", description = "allow network access (host[:port],...)")
    public List<String> allowNet = new ArrayList<>();
    @Option(names = "--allow-env", arity = "0..1", fallbackValue = "*", paramLabel = "NAMES", description = "allow environment access (NAME,PREFIX_*,...)")
    public List<String> allowEnv = new ArrayList<>();
    @Option(names = "--allow-run", arity = "0..1", fallbackValue = "*", paramLabel = "PROGRAMS", description = "allow running programs")
    public List<String> allowRun = new ArrayList<>();
    @Option(names = "--allow-gpio", arity = "0..1", fallbackValue = "*", paramLabel = "PINS", description = "allow GPIO and PWM (pins by any name)")
    public List<String> allowGpio = new ArrayList<>();
    @Option(names = "--allow-i2c", arity = "0..1", fallbackValue = "*", paramLabel = "BUSES", description = "allow I2C buses")
    public List<String> allowI2c = new ArrayList<>();
    @Option(names = "--allow-spi", arity = "0..1", fallbackValue = "*", paramLabel = "DEVICES", description = "allow SPI devices")
    public List<String> allowSpi = new ArrayList<>();
    @Option(names = "--allow-serial", arity = "0..1", fallbackValue = "*", paramLabel = "PORTS", description = "allow serial ports")
    public List<String> allowSerial = new ArrayList<>();

    @Option(names = "--deny-read", arity = "0..1", fallbackValue = "*", paramLabel = "PATHS", description = "deny file reads (overrides --allow-read)")
    public List<String> denyRead = new ArrayList<>();
    @Option(names = "--deny-write", arity = "0..1", fallbackValue = "*", paramLabel = "PATHS", description = "deny file writes")
    public List<String> denyWrite = new ArrayList<>();
    @Option(names = "--deny-net", arity = "0..1", fallbackValue = "*", paramLabel = "HOSTS", description = "deny network access")
    public List<String> denyNet = new ArrayList<>();
    @Option(names = "--deny-env", arity = "0..1", fallbackValue = "*", paramLabel = "NAMES", description = "deny environment access")
    public List<String> denyEnv = new ArrayList<>();
    @Option(names = "--deny-run", arity = "0..1", fallbackValue = "*", paramLabel = "PROGRAMS", description = "deny running programs")
    public List<String> denyRun = new ArrayList<>();
    @Option(names = "--deny-gpio", arity = "0..1", fallbackValue = "*", paramLabel = "PINS", description = "deny GPIO pins")
    public List<String> denyGpio = new ArrayList<>();
    @Option(names = "--deny-i2c", arity = "0..1", fallbackValue = "*", paramLabel = "BUSES", description = "deny I2C buses")
    public List<String> denyI2c = new ArrayList<>();
    @Option(names = "--deny-spi", arity = "0..1", fallbackValue = "*", paramLabel = "DEVICES", description = "deny SPI devices")
    public List<String> denySpi = new ArrayList<>();
    @Option(names = "--deny-serial", arity = "0..1", fallbackValue = "*", paramLabel = "PORTS", description = "deny serial ports")
    public List<String> denySerial = new ArrayList<>();

    @Option(names = "--no-package-permissions", description = "ignore the permissions declared in package.json")
    public boolean noPackagePermissions;

    @Parameters(paramLabel = "SCRIPT [ARGS]", description = "the program to run (- for stdin) and its arguments")
    public List<String> positional = new ArrayList<>();

    /** Options that take a separate value: the word after them is theirs, not the script. */
    private static final java.util.Set<String> WITH_VALUE =
            java.util.Set.of("-e", "--eval", "-p", "--print", "--input-type", "--board", "--sim");

    /**
     * A grant given without {@code =} ({@code --allow-net app.js}) means all of its kind, as in Deno:
     * the next word is the script, never the grant's list. picocli would take it as the option's
     * optional value, so such flags become {@code --allow-net=*} before parsing. Stops at the script.
     */
    public static String[] normalizeGrants(String[] argv) {
        String[] out = argv.clone();
        for (int i = 0; i < out.length; i++) {
            String a = out[i];
            if (a.equals("--") || !a.startsWith("-") || a.equals("-")) break;
            if (WITH_VALUE.contains(a)) {
                i++;
            } else if ((a.startsWith("--allow-") || a.startsWith("--deny-")) && !a.contains("=")
                    && !a.equals("--allow-all")) {
                out[i] = a + "=*";
            }
        }
        return out;
    }
}
