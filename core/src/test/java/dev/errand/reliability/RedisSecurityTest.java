package dev.errand.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errand.Errand;
import dev.errand.JobSpec;
import dev.errand.backend.BackendException;
import dev.errand.backend.JobSet;
import dev.errand.client.PushFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Jedis;

/**
 * Redis AUTH with a password, an ACL user, and TLS ({@code rediss://}), each against a redis-server
 * of the test's own on a spare port. The TLS certificate is made with the JDK's keytool; the client
 * runs in a JVM of its own that trusts it, so the test JVM's default trust store is left alone.
 */
class RedisSecurityTest {

    @Test
    @Timeout(60)
    void requirepass_acceptsThePasswordAndRejectsAWrongOneClearly() throws Exception {
        try (RedisServerProcess server =
                RedisServerProcess.start("auth", "s3cret", "--requirepass", "s3cret")) {
            String base = "127.0.0.1:" + server.port();

            try (Errand errand = Errand.redis("redis://:s3cret@" + base + "/1")) {
                errand.enqueueArgs(ruby("secure"), List.of(1));
                assertThat(errand.backend().queueSize("secure")).isEqualTo(1);
            }
            try (Errand wrong = Errand.redis("redis://:wrong@" + base)) {
                assertThatThrownBy(() -> wrong.enqueueArgs(ruby("secure"), List.of(1)))
                        .isInstanceOf(PushFailedException.class)
                        .hasMessageContaining("WRONGPASS");
            }
        }
    }

    @Test
    @Timeout(60)
    void aclUser_withAccessToSidekiqKeysCanPushAndFetch() throws Exception {
        try (RedisServerProcess server =
                RedisServerProcess.start("acl", "admin", "--requirepass", "admin")) {
            try (Jedis admin = server.connect()) {
                admin.aclSetUser(
                        "errand", "on", ">worker-pw", "~*", "&*", "+@all", "-flushall", "-flushdb");
                admin.aclSetUser("reader", "on", ">reader-pw", "~*", "+@read");
            }
            String base = "127.0.0.1:" + server.port();

            try (Errand errand = Errand.redis("redis://errand:worker-pw@" + base)) {
                errand.enqueueArgs(ruby("acl"), List.of(1));
                assertThat(
                                errand.backend()
                                        .fetch(
                                                "host:1:acl",
                                                List.of("acl"),
                                                5,
                                                Duration.ZERO,
                                                List.of()))
                        .hasSize(1);
                assertThat(errand.backend().size(JobSet.DEAD)).isZero();
            }
            try (Errand reader = Errand.redis("redis://reader:reader-pw@" + base)) {
                assertThatThrownBy(() -> reader.enqueueArgs(ruby("acl"), List.of(2)))
                        .as("a user without write permission gets Redis's own reason")
                        .isInstanceOf(PushFailedException.class)
                        .hasMessageContaining("NOPERM");
                assertThatThrownBy(() -> reader.backend().recoverOrphans())
                        .isInstanceOf(BackendException.class);
            }
        }
    }

    @Test
    @Timeout(90)
    void rediss_connectsOverTlsWithATrustedCertificate() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "reliability", "tls"));
        Path keystore = dir.resolve("redis.p12");
        Files.deleteIfExists(keystore);
        run(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "redis",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit");
        writePem(keystore, dir);
        int tlsPort = RedisServerProcess.sparePort();

        try (RedisServerProcess server =
                RedisServerProcess.start(
                        "tls",
                        null,
                        "--tls-port",
                        Integer.toString(tlsPort),
                        "--tls-cert-file",
                        dir.resolve("cert.pem").toAbsolutePath().toString(),
                        "--tls-key-file",
                        dir.resolve("key.pem").toAbsolutePath().toString(),
                        "--tls-ca-cert-file",
                        dir.resolve("cert.pem").toAbsolutePath().toString(),
                        "--tls-auth-clients",
                        "no")) {
            ChildJvm client =
                    ChildJvm.start(
                            "tls-client",
                            List.of(
                                    "-Djavax.net.ssl.trustStore=" + keystore.toAbsolutePath(),
                                    "-Djavax.net.ssl.trustStorePassword=changeit"),
                            TlsClient.class,
                            "rediss://127.0.0.1:" + tlsPort + "/2");

            String queued = client.awaitLine("QUEUED", Duration.ofSeconds(60));

            assertThat(queued).isEqualTo("1");
            try (Jedis plain = server.connect()) {
                plain.select(2);
                assertThat(plain.llen("queue:tls"))
                        .as("written over TLS, read in plain")
                        .isEqualTo(1);
            }
        }
    }

    static JobSpec<?> ruby(String queue) {
        return JobSpec.named("Ruby::Job").queue(queue).build();
    }

    /** Pushes one job over TLS and prints the queue's size. */
    public static final class TlsClient {
        public static void main(String[] args) {
            try (Errand errand = Errand.redis(args[0])) {
                errand.enqueueArgs(ruby("tls"), List.of("over tls"));
                System.out.println("QUEUED " + errand.backend().queueSize("tls"));
            }
        }
    }

    private static void writePem(Path keystore, Path dir) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        Certificate cert = store.getCertificate("redis");
        byte[] key = store.getKey("redis", "changeit".toCharArray()).getEncoded();
        Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
        Files.writeString(dir.resolve("key.pem"), pem("PRIVATE KEY", key));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN "
                + type
                + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END "
                + type
                + "-----\n";
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
