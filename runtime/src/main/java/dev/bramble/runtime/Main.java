// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.HotSpotDiagnosticMXBean;
import dev.bramble.runtime.cli.Cli;
import dev.bramble.runtime.engine.JsEngine;
import dev.bramble.runtime.loop.EventLoop;
import dev.bramble.runtime.modules.NodeResolver;
import dev.bramble.runtime.permissions.PermissionSet;
import dev.bramble.runtime.spi.Command;
import dev.bramble.runtime.spi.Permissions.Kind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine;

/** {@code bramble [options] [script.js | -e code | -p code | -] [args]}: node's command line. */
public final class Main {

    private Main() {}

    public static void main(String[] argv) throws Exception {
        Diagnostics.phase("main");
        System.exit(run(argv));
    }

    static int run(String[] argv) throws Exception {
        Cli cli = new Cli();
        if (argv.length > 0 && !argv[0].startsWith("-")) {
            // The commonest command line, `bramble app.js args...`, has no options, so it needs no parser:
            // building picocli's model of the options costs about 100 ms of a cold start.
            cli.positional.addAll(Arrays.asList(argv));
        } else {
            // Node has no @argument-files: `bramble app.js @x` passes "@x" to the app.
            CommandLine parser = new CommandLine(cli).setStopAtPositional(true)
                    .setUnmatchedOptionsArePositionalParams(false).setExpandAtFiles(false);
            try {
                parser.parseArgs(Cli.normalizeGrants(argv));
            } catch (CommandLine.ParameterException e) {
                System.err.println("bramble: " + e.getMessage());
                System.err.println("Run 'bramble --help' for the options.");
                return 9; // node's exit code for an invalid argument
            }
            if (cli.help) {
                parser.usage(System.out);
                return 0;
            }
        }
        if (cli.version) {
            printVersion();
            return 0;
        }
        Map<String, String> runtimeOptions = new HashMap<>();
        if (cli.board != null) runtimeOptions.put("board", cli.board);
        if (cli.sim != null) runtimeOptions.put("sim", Path.of(cli.sim).toAbsolutePath().toString());
        if (cli.boardInfo) return command("board-info", runtimeOptions, List.of());

        List<String> positional = new ArrayList<>(cli.positional);
        Options.Mode mode;
        Path script = null;
        String code = null;
        if (cli.eval != null || cli.print != null) {
            mode = cli.print != null ? Options.Mode.PRINT : Options.Mode.EVAL;
            code = cli.print != null ? cli.print : cli.eval;
        } else if (!positional.isEmpty() && !positional.get(0).equals("-")) {
            mode = Options.Mode.FILE;
            script = resolveEntry(positional.remove(0));
            if (script == null) return 1;
        } else {
            if (!positional.isEmpty()) positional.remove(0);
            boolean tty = System.console() != null && System.console().isTerminal();
            if (tty || cli.interactive) {
                mode = Options.Mode.REPL;
            } else {
                // Like node: with stdin not a terminal, the program is read from stdin.
                mode = Options.Mode.EVAL;
                code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        int scriptAt = argv.length - positional.size() - (script != null ? 1 : 0);
        List<String> execArgv = Arrays.asList(argv).subList(0, Math.max(0, Math.min(argv.length, scriptAt)));
        Options options = new Options(mode, script, code, positional, execArgv, runtimeOptions, cli.inputType);
        PermissionSet permissions = permissions(cli, script);
        return new Runtime(options, permissions).run();
    }

    /** Node's entry lookup: the path as given, then with .js, .mjs, .cjs, then a directory's index. */
    private static Path resolveEntry(String arg) {
        Path p = Path.of(arg).toAbsolutePath().normalize();
        Path found = new NodeResolver().resolve(p);
        if (found == null) {
            System.err.println("Error: Cannot find module '" + p + "'");
            System.err.println("  code: 'MODULE_NOT_FOUND'");
            return null;
        }
        return found;
    }

    static PermissionSet permissions(Cli cli, Path script) throws IOException {
        PermissionSet p = new PermissionSet();
        if (cli.allowAll) p.allowAll();
        Object[][] flags = {
            {Kind.READ, cli.allowRead, cli.denyRead}, {Kind.WRITE, cli.allowWrite, cli.denyWrite},
            {Kind.NET, cli.allowNet, cli.denyNet}, {Kind.ENV, cli.allowEnv, cli.denyEnv},
            {Kind.RUN, cli.allowRun, cli.denyRun}, {Kind.GPIO, cli.allowGpio, cli.denyGpio},
            {Kind.I2C, cli.allowI2c, cli.denyI2c}, {Kind.SPI, cli.allowSpi, cli.denySpi},
            {Kind.SERIAL, cli.allowSerial, cli.denySerial}};
        for (Object[] f : flags) {
            Kind kind = (Kind) f[0];
            apply(p, kind, castList(f[1]), true);
            apply(p, kind, castList(f[2]), false);
        }
        if (script != null && !cli.noPackagePermissions) declared(p, script);
        return p;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    private static void apply(PermissionSet p, Kind kind, List<String> values, boolean allow) {
        for (String v : values) {
            List<String> list = v.equals("*") ? null : Arrays.asList(v.split(","));
            if (allow) p.allow(kind, list); else p.deny(kind, list);
        }
    }

    /** The app's own declaration: package.json {"bramble": {"permissions": {"net": ["host:1883"], "deny": {...}}}}. */
    private static void declared(PermissionSet p, Path script) {
        NodeResolver r = new NodeResolver();
        Path scope = r.packageScope(script);
        if (scope == null) return;
        JsonNode perms = r.packageJson(scope).path("bramble").path("permissions");
        if (!perms.isObject()) return;
        if (perms.path("all").asBoolean(false)) p.allowAll();
        declare(p, perms, true, scope);
        if (perms.path("deny").isObject()) declare(p, perms.get("deny"), false, scope);
    }

    private static void declare(PermissionSet p, JsonNode perms, boolean allow, Path scope) {
        for (Iterator<Map.Entry<String, JsonNode>> it = perms.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Kind kind = PermissionSet.kind(e.getKey());
            if (kind == null) continue;
            JsonNode v = e.getValue();
            List<String> list = null;
            if (v.isArray()) {
                list = new ArrayList<>();
                for (JsonNode item : v) {
                    String s = item.asText();
                    // Paths in package.json are relative to the package, not to wherever bramble was started.
                    if ((kind == Kind.READ || kind == Kind.WRITE) && !s.startsWith("/")) s = scope.resolve(s).toString();
                    list.add(s);
                }
            } else if (!v.asBoolean(false)) {
                continue;
            }
            if (allow) p.allow(kind, list); else p.deny(kind, list);
        }
    }

    private static int command(String name, Map<String, String> options, List<String> args) {
        for (Command c : ServiceLoader.load(Command.class)) {
            if (c.name().equals(name)) return c.run(options, args, System.out, System.err);
        }
        System.err.println("bramble: --" + name + " needs the hardware modules, which this installation lacks.");
        return 1;
    }

    private static void printVersion() {
        boolean jit = JsEngine.jitActive();
        System.out.println("bramble v" + Version.BRAMBLE);
        System.out.println("engine: GraalJS " + Version.graal() + " (ECMAScript latest)");
        System.out.println("jit: " + (jit ? "on (Graal optimizing compiler, " + JsEngine.engineMode() + " mode)" : "OFF (interpreter only: start with bin/bramble, which enables JVMCI)"));
        System.out.println("jvm: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        System.out.println("os: " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", loop: "
                + EventLoop.transport());
        System.out.println("startup: " + Diagnostics.startupMode());
        System.out.println("heap: " + heapLine());
    }

    /** The -Xmx the launcher chose for this machine (Runtime.maxMemory() is less by a survivor space). */
    private static String heapLine() {
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String gc = "";
        for (String flag : List.of("UseSerialGC", "UseG1GC", "UseParallelGC", "UseZGC", "UseShenandoahGC")) {
            if (vm.getVMOption(flag).getValue().equals("true")) gc = ", " + flag.substring(3, flag.length() - 2) + " GC";
        }
        return "up to " + (Long.parseLong(vm.getVMOption("MaxHeapSize").getValue()) >> 20) + " MB" + gc;
    }
}
