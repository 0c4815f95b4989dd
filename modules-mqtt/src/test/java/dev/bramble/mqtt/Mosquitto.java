// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Mosquitto broker for tests, on free loopback ports, with its own config, persistence and log
 * in a temp directory: a plain listener, a TLS one (server certificate from {@link TestCerts}), one that
 * requires a client certificate, and one that refuses anonymous clients. Sessions and queued messages
 * persist across {@link #stop()}/{@link #start()}, as on a real deployment.
 */
final class Mosquitto implements AutoCloseable {

    final int port;
    final int tlsPort;
    final int mutualTlsPort;
    final int authPort;
    private final Path dir;
    private final Path log;
    private Process process;

    Mosquitto(Path dir) throws IOException {
        this.dir = dir;
        this.log = dir.resolve("mosquitto.log");
        this.port = freePort();
        this.tlsPort = freePort();
        this.mutualTlsPort = freePort();
        this.authPort = freePort();
        TestCerts certs = TestCerts.get();
        Files.createDirectories(dir.resolve("data"));
        String tls = "cafile " + certs.caPem + "\ncertfile " + certs.serverPem + "\nkeyfile " + certs.serverKey + "\n";
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n",
                "per_listener_settings true",
                "persistence true",
                "persistence_location " + dir.resolve("data") + "/",
                // The loss test parks thousands of messages for an offline persistent session.
                "max_queued_messages 1000000",
                "user " + System.getProperty("user.name"),
                "log_type error",
                "log_type warning",
                "log_type notice",
                "log_type information",
                "listener " + port + " 127.0.0.1",
                "allow_anonymous true",
                "listener " + tlsPort + " 127.0.0.1",
                "allow_anonymous true",
                tls,
                "listener " + mutualTlsPort + " 127.0.0.1",
                "allow_anonymous true",
                "require_certificate true",
                tls,
                "listener " + authPort + " 127.0.0.1",
                "allow_anonymous false",
                ""));
        start();
    }

    /** The broker binary, or a test failure that says how to get it. */
    static Path binary() {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"));
        return Stream.concat(path, Stream.of("/usr/sbin", "/usr/local/sbin", "/sbin"))
                .map(d -> Path.of(d, "mosquitto")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("mosquitto is not installed: the MQTT tests need a real broker."
                        + " Install the Debian package 'mosquitto' (it is listed in .ci/apt-packages): apt-get install -y mosquitto"));
    }

    void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(binary().toString(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (int p : List.of(port, tlsPort, mutualTlsPort, authPort)) {
            while (!listening(p)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("mosquitto did not start listening on port " + p + ":\n" + logTail());
                }
                sleep(20);
            }
        }
    }

    /** Stops gracefully (SIGTERM): Mosquitto saves sessions and queued messages first. */
    void stop() throws IOException {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    String url() {
        return "mqtt://127.0.0.1:" + port;
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
