// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.child_process;

import dev.bramble.runtime.HostImpl;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Value;

/**
 * Turns the options the JS glue normalized ({@code file}, {@code args}, {@code cwd}, {@code envPairs},
 * {@code stdio}, {@code detached}, {@code uid}, {@code gid}) into a {@link ProcessBuilder}, and its
 * failures into libuv's negated errno, as uv_spawn reports them.
 */
final class Launch {

    /** A spawn that failed before the program ran: {@code errno} is negative (-2 is ENOENT). */
    static final class Failure extends Exception {
        final int errno;

        Failure(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");
    private static final int ENOENT = 2;
    private static final int EPERM = 1;
    private static final int EBADF = 9;
    private static final int ENOTSUP = 95;

    final ProcessBuilder builder;
    /** Which of fds 0..2 are pipes to us. */
    final boolean[] piped = new boolean[3];
    /**
     * For fds 1..2 sent to another of our output fds ({@code stdio: ['pipe', 2, 1]}): that fd, else -1.
     * Such output is copied by a thread writing to our fd, which shares its file offset (a reopened
     * /proc/self/fd/N would not, and would overwrite a redirected file).
     */
    final int[] copyTo = {-1, -1, -1};

    Launch(HostImpl host, Value opts) throws Failure {
        String file = opts.getMember("file").asString();
        List<String> command = new ArrayList<>();
        Value args = opts.getMember("args");
        for (long i = 1; i < args.getArraySize(); i++) command.add(args.getArrayElement(i).asString());

        // No envPairs: the runtime's environment (process.env, with the program's changes).
        Map<String, String> env = new LinkedHashMap<>();
        Value pairs = opts.getMember("envPairs");
        if (pairs == null || pairs.isNull()) env.putAll(host.env());
        else for (long i = 0; i < pairs.getArraySize(); i++) {
            String kv = pairs.getArrayElement(i).asString();
            int eq = kv.indexOf('=', 1);
            if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Value extra = opts.getMember("extraEnv");
        if (extra != null && !extra.isNull()) {
            for (String k : extra.getMemberKeys()) env.put(k, extra.getMember(k).asString());
        }
        Value cwdValue = opts.getMember("cwd");
        Path cwd = cwdValue == null || cwdValue.isNull() ? host.cwd() : host.resolve(cwdValue.asString());

        List<String> prefix = new ArrayList<>();
        if (isTrue(opts.getMember("detached"))) {
            // A new session, as libuv's setsid(): setsid(1) execs in place, so the pid stays the child's.
            String setsid = which("setsid", System.getenv("PATH"));
            if (setsid != null) prefix.add(setsid);
        }
        prefix.addAll(identity(opts));

        command.addFirst(program(file, env.get("PATH")));
        command.addAll(0, prefix);
        builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        redirect(opts.getMember("stdio"));
    }

    /**
     * Node looks the program up in the child's PATH; ProcessBuilder in the JVM's. When they differ,
     * find it here (argv[0] then becomes the full path).
     */
    private static String program(String file, String childPath) throws Failure {
        if (file.contains("/")) return file;
        String ours = System.getenv("PATH");
        if (childPath != null && childPath.equals(ours)) return file;
        String found = which(file, childPath == null ? "/bin:/usr/bin" : childPath);
        if (found == null) throw new Failure(-ENOENT);
        return found;
    }

    static String which(String name, String path) {
        if (path == null) return null;
        for (String dir : path.split(":", -1)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    /** uid/gid: the same as ours is a no-op; another needs root (and setpriv(1) to switch). */
    private static List<String> identity(Value opts) throws Failure {
        Value uid = opts.getMember("uid");
        Value gid = opts.getMember("gid");
        boolean wantUid = uid != null && uid.isNumber();
        boolean wantGid = gid != null && gid.isNumber();
        long myUid = Ids.uid();
        long myGid = Ids.gid();
        boolean changeUid = wantUid && uid.asLong() != myUid;
        boolean changeGid = wantGid && gid.asLong() != myGid;
        if (!changeUid && !changeGid) return List.of();
        if (myUid != 0) throw new Failure(-EPERM);
        String setpriv = which("setpriv", System.getenv("PATH"));
        if (setpriv == null) throw new Failure(-ENOTSUP);
        List<String> p = new ArrayList<>(List.of(setpriv));
        if (changeUid) p.add("--reuid=" + uid.asLong());
        if (changeGid) p.addAll(List.of("--regid=" + gid.asLong(), "--clear-groups"));
        return p;
    }

    private void redirect(Value stdio) throws Failure {
        for (int i = 0; i < 3; i++) {
            ProcessBuilder.Redirect r = redirect(i, stdio.getArrayElement(i));
            switch (i) {
                case 0 -> builder.redirectInput(r);
                case 1 -> builder.redirectOutput(r);
                default -> {
                    // The child's stderr to our stdout while its stdout is ours too: a true dup.
                    if (copyTo[2] == 1 && builder.redirectOutput() == ProcessBuilder.Redirect.INHERIT) {
                        copyTo[2] = -1;
                        builder.redirectErrorStream(true);
                    } else {
                        builder.redirectError(r);
                    }
                }
            }
        }
    }

    private ProcessBuilder.Redirect redirect(int i, Value s) throws Failure {
        switch (s.getMember("type").asString()) {
            case "pipe", "overlapped" -> {
                piped[i] = true;
                return ProcessBuilder.Redirect.PIPE;
            }
            case "ignore", "ipc" -> {
                return i == 0 ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.DISCARD;
            }
            case "inherit", "fd" -> {
                int fd = s.getMember("fd").asInt();
                if (fd == i) return ProcessBuilder.Redirect.INHERIT;
                if (i > 0 && (fd == 1 || fd == 2)) {
                    copyTo[i] = fd;
                    return ProcessBuilder.Redirect.PIPE;
                }
                // Another fd of ours as stdin (or output to our stdin): open it again through /proc.
                File same = new File("/proc/self/fd/" + fd);
                if (fd < 0 || fd > 2 || !same.exists()) throw new Failure(-EBADF);
                return i == 0 ? ProcessBuilder.Redirect.from(same) : ProcessBuilder.Redirect.appendTo(same);
            }
            default -> throw new Failure(-EBADF);
        }
    }

    Process start() throws Failure {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new Failure(errno(e));
        }
    }

    /** Starts copying the outputs sent to another of our fds; spawnSync joins the threads. */
    List<Thread> startCopies(Process p) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < 3; i++) {
            if (copyTo[i] < 0) continue;
            InputStream in = i == 1 ? p.getInputStream() : p.getErrorStream();
            // Not closed: it is our own fd 1 or 2.
            FileOutputStream out = new FileOutputStream(copyTo[i] == 1 ? FileDescriptor.out : FileDescriptor.err);
            threads.add(Thread.ofPlatform().daemon().name("bramble-child-copy-" + p.pid()).stackSize(256 * 1024)
                    .start(() -> {
                        try (in) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // the child is gone or our fd closed
                        }
                    }));
        }
        return threads;
    }

    static int errno(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() == null) continue;
            Matcher m = ERRNO.matcher(t.getMessage());
            if (m.find()) return -Integer.parseInt(m.group(1));
        }
        return -ENOENT;
    }

    private static boolean isTrue(Value v) {
        return v != null && v.isBoolean() && v.asBoolean();
    }

    /** Our real uid and gid, from /proc (the JVM has no API for them). */
    static final class Ids {
        private Ids() {}

        static long uid() {
            return read("Uid:");
        }

        static long gid() {
            return read("Gid:");
        }

        private static long read(String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith(key)) return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            } catch (IOException | RuntimeException ignored) {
                // not Linux
            }
            return -1;
        }
    }
}
