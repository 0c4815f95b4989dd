// SPDX-License-Identifier: Apache-2.0
package dev.bramble.serial;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by socat ({@code socat pty,link=A pty,link=B}): what is written to one end
 * is read from the other, as over a null-modem cable. The tests start and stop their own; no socat is a
 * failure that says which package to install.
 */
final class Socat implements AutoCloseable {

    final Path a;
    final Path b;
    private final Process process;

    private Socat(Path a, Path b, Process process) {
        this.a = a;
        this.b = b;
        this.process = process;
    }

    static Socat pair(Path dir, String name) throws IOException, InterruptedException {
        Path a = dir.resolve(name + "-a");
        Path b = dir.resolve(name + "-b");
        Process p;
        try {
            p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                    .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        } catch (IOException e) {
            fail("socat is needed for the serial tests (Debian package socat, listed in .ci/apt-packages): " + e.getMessage());
            throw e;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("socat did not make the pty pair: " + Files.readString(dir.resolve(name + ".log")));
            }
            Thread.sleep(20);
        }
        return new Socat(a, b, p);
    }

    List<String> paths() {
        return List.of(a.toString(), b.toString());
    }

    /** Ends socat: both ptys go away, as when a USB adapter is pulled. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
