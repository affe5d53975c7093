package dev.errand.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Ruby and Sidekiq (Debian's ruby-sidekiq, 6.4.1) against the test's Redis database. When Ruby
 * or the gem is missing the tests fail with the command that installs them, rather than passing
 * without having checked anything.
 */
final class Ruby {

    private Ruby() {}

    static void requireSidekiq() {
        try {
            Process check =
                    new ProcessBuilder("ruby", "-e", "require 'sidekiq'")
                            .redirectErrorStream(true)
                            .start();
            if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
                throw new IllegalStateException(missing());
            }
        } catch (IOException e) {
            throw new IllegalStateException(missing(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking for Ruby", e);
        }
    }

    private static String missing() {
        return "the interop tests need Ruby and Sidekiq 6.4.1: apt-get update && apt-get install"
                + " -y ruby-sidekiq";
    }

    /** Runs a script from the test resources to completion and returns its standard output. */
    static String run(String script, String redisUrl) throws Exception {
        Process process = builder(redisUrl, "ruby", copy(script).toString()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " did not finish within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    script + " failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    /** Starts the Sidekiq CLI with a script of job classes; stop it with destroy(). */
    static Process startSidekiq(String script, String redisUrl, Path log) throws Exception {
        return builder(
                        redisUrl,
                        "sidekiq",
                        "-r",
                        copy(script).toString(),
                        "-c",
                        "2",
                        "-t",
                        "1",
                        "-q",
                        "default")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static ProcessBuilder builder(String redisUrl, String... command) {
        ProcessBuilder builder = new ProcessBuilder(List.of(command));
        Map<String, String> environment = builder.environment();
        environment.put("REDIS_URL", redisUrl);
        builder.redirectErrorStream(true);
        return builder;
    }

    private static Path copy(String script) throws IOException {
        Path file = Files.createTempFile("errand-interop-", ".rb");
        file.toFile().deleteOnExit();
        try (var in = Ruby.class.getResourceAsStream("/interop/" + script)) {
            if (in == null) {
                throw new IOException("no test resource interop/" + script);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
