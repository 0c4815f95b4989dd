// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.crypto;

import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code crypto} over the JCA: digests, HMAC, PBKDF2 and scrypt (both written here because the
 * JCA's PBKDF2 takes the password as chars and it has no scrypt), and a SecureRandom.
 * Argument checks happen in lib/crypto.js; slow work runs on the worker pool.
 */
public final class CryptoBinding {

    /** Node's digest names to JCA names. */
    static final Map<String, String> DIGESTS = Map.ofEntries(
            Map.entry("md5", "MD5"), Map.entry("sha1", "SHA-1"), Map.entry("sha224", "SHA-224"),
            Map.entry("sha256", "SHA-256"), Map.entry("sha384", "SHA-384"), Map.entry("sha512", "SHA-512"),
            Map.entry("sha512-224", "SHA-512/224"), Map.entry("sha512-256", "SHA-512/256"),
            Map.entry("sha3-224", "SHA3-224"), Map.entry("sha3-256", "SHA3-256"),
            Map.entry("sha3-384", "SHA3-384"), Map.entry("sha3-512", "SHA3-512"));

    private final Host host;
    private final SecureRandom random = new SecureRandom();

    public CryptoBinding(Host host) {
        this.host = host;
    }

    /** A running digest or HMAC; JS holds it and calls these methods. */
    public static final class Hasher {
        private final Host host;
        private final MessageDigest digest;
        private final Mac mac;

        Hasher(Host host, MessageDigest digest, Mac mac) {
            this.host = host;
            this.digest = digest;
            this.mac = mac;
        }

        @HostAccess.Export
        public void update(Value bytes) {
            byte[] b = host.bytes(bytes);
            if (digest != null) digest.update(b); else mac.update(b);
        }

        @HostAccess.Export
        public Object digest() {
            return java.nio.ByteBuffer.wrap(digest != null ? digest.digest() : mac.doFinal());
        }

        @HostAccess.Export
        public Hasher copy() {
            try {
                return new Hasher(host, digest != null ? (MessageDigest) digest.clone() : null,
                        mac != null ? (Mac) mac.clone() : null);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("JCA digest is not cloneable", e);
            }
        }
    }

    @HostAccess.Export
    public boolean hasDigest(String name) {
        return jcaName(name) != null;
    }

    @HostAccess.Export
    public Hasher createHash(String name) {
        try {
            return new Hasher(host, MessageDigest.getInstance(jcaName(name)), null);
        } catch (NoSuchAlgorithmException | NullPointerException e) {
            throw host.errors().throwError("Error", "ERR_OSSL_EVP_UNSUPPORTED", "Digest method not supported");
        }
    }

    @HostAccess.Export
    public Hasher createHmac(String name, Value key) {
        try {
            return new Hasher(host, null, mac(jcaName(name), host.bytes(key)));
        } catch (GeneralSecurityException | NullPointerException e) {
            throw host.errors().throwError("TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
        }
    }

    @HostAccess.Export
    public Object randomBytes(int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return host.buffer(b);
    }

    @HostAccess.Export
    public void randomBytesAsync(int size, Value callback) {
        offload("randomBytes", () -> {
            byte[] b = new byte[size];
            random.nextBytes(b);
            return b;
        }, callback);
    }

    @HostAccess.Export
    public Object pbkdf2(Value password, Value salt, int iterations, int keylen, String digest) {
        return host.buffer(Kdf.pbkdf2(host.bytes(password), host.bytes(salt), iterations, keylen, jcaName(digest)));
    }

    @HostAccess.Export
    public void pbkdf2Async(Value password, Value salt, int iterations, int keylen, String digest, Value callback) {
        byte[] p = host.bytes(password);
        byte[] s = host.bytes(salt);
        String alg = jcaName(digest);
        offload("pbkdf2", () -> Kdf.pbkdf2(p, s, iterations, keylen, alg), callback);
    }

    @HostAccess.Export
    public Object scrypt(Value password, Value salt, int keylen, double n, int r, int p) {
        return host.buffer(Kdf.scrypt(host.bytes(password), host.bytes(salt), (int) n, r, p, keylen));
    }

    @HostAccess.Export
    public void scryptAsync(Value password, Value salt, int keylen, double n, int r, int p, Value callback) {
        byte[] pw = host.bytes(password);
        byte[] s = host.bytes(salt);
        offload("scrypt", () -> Kdf.scrypt(pw, s, (int) n, r, p, keylen), callback);
    }

    /** Runs blocking work on the worker pool; the callback gets (null, ArrayBuffer source) on the loop. */
    private void offload(String what, java.util.concurrent.Callable<byte[]> work, Value callback) {
        Loop loop = host.loop();
        Loop.Handle handle = loop.handle("crypto." + what);
        loop.workers().execute(() -> {
            byte[] result;
            try {
                result = work.call();
            } catch (Exception e) {
                loop.execute(() -> {
                    handle.close();
                    loop.call(callback, host.errors().error("Error", "ERR_CRYPTO_OPERATION_FAILED", String.valueOf(e.getMessage())));
                });
                return;
            }
            byte[] done = result;
            loop.execute(() -> {
                handle.close();
                loop.call(callback, null, host.buffer(done));
            });
        });
    }

    static String jcaName(String nodeName) {
        if (nodeName == null) return null;
        String n = nodeName.toLowerCase();
        if (n.startsWith("rsa-")) n = n.substring(4);
        if (n.equals("sha-1")) n = "sha1";
        if (n.matches("sha-(224|256|384|512)")) n = n.replace("-", "");
        return DIGESTS.get(n);
    }

    static Mac mac(String jca, byte[] key) throws GeneralSecurityException {
        if (jca == null) throw new NoSuchAlgorithmException("no digest");
        Mac mac = Mac.getInstance("Hmac" + (jca.startsWith("SHA3-") ? jca : jca.replace("-", "")));
        // HMAC zero-pads short keys, so an empty key equals a single zero byte (the JCA rejects empty keys).
        mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "RAW"));
        return mac;
    }
}
