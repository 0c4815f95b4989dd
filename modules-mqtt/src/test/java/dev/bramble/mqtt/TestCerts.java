// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway CA, a server certificate for "localhost" (deliberately not for 127.0.0.1, so the host name
 * check can be seen failing) and client certificates, made with the {@code openssl} command at test
 * time (once per JVM). Client keys come in the three PEM shapes users
 * have: PKCS#8, PKCS#1 RSA and SEC1 EC.
 */
final class TestCerts {

    final Path dir;
    final Path caPem;
    final Path serverPem;
    final Path serverKey;
    final Path clientPem;
    final Path clientKeyPkcs8;
    final Path clientKeyPkcs1;
    final Path clientEcPem;
    final Path clientEcKeySec1;
    final Path otherCaPem;

    private static TestCerts instance;

    static synchronized TestCerts get() throws IOException {
        if (instance == null) {
            instance = new TestCerts(Files.createTempDirectory("bramble-mqtt-certs"));
        }
        return instance;
    }

    private TestCerts(Path dir) throws IOException {
        this.dir = dir;
        caPem = dir.resolve("ca.pem");
        serverPem = dir.resolve("server.pem");
        serverKey = dir.resolve("server.key");
        clientPem = dir.resolve("client.pem");
        clientKeyPkcs8 = dir.resolve("client.key");
        clientKeyPkcs1 = dir.resolve("client.rsa.key");
        clientEcPem = dir.resolve("client-ec.pem");
        clientEcKeySec1 = dir.resolve("client-ec.key");
        otherCaPem = dir.resolve("other-ca.pem");
        Files.writeString(dir.resolve("server.ext"), "subjectAltName=DNS:localhost\n"
                + "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        Files.writeString(dir.resolve("client.ext"), "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
                "-subj", "/CN=Bramble Test CA");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca.key", "-out", "other-ca.pem", "-days", "2",
                "-subj", "/CN=Some Other CA");
        signed("server", "localhost", "server.ext", List.of("-newkey", "rsa:2048", "-nodes", "-keyout", "server.key"));
        signed("client", "bramble-client", "client.ext", List.of("-newkey", "rsa:2048", "-nodes", "-keyout", "client.key"));
        openssl("rsa", "-in", "client.key", "-traditional", "-out", "client.rsa.key");
        openssl("ecparam", "-name", "prime256v1", "-genkey", "-out", "client-ec.key");
        signed("client-ec", "bramble-ec-client", "client.ext", List.of("-key", "client-ec.key"));
        // Mosquitto runs as the invoking user but must read its key.
        for (Path p : List.of(serverKey, serverPem, caPem)) {
            p.toFile().setReadable(true, false);
        }
    }

    private void signed(String name, String cn, String ext, List<String> keyArgs) throws IOException {
        List<String> req = new ArrayList<>(List.of("req", "-new"));
        req.addAll(keyArgs);
        req.addAll(List.of("-out", name + ".csr", "-subj", "/CN=" + cn));
        openssl(req.toArray(String[]::new));
        openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", name + ".pem", "-days", "2", "-extfile", ext);
    }

    private void openssl(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("openssl is needed to make test certificates: install the Debian package 'openssl'", e);
        }
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
