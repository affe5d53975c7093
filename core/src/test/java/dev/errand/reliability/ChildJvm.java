package dev.errand.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM running a main class from the test class path, with its output in a file under
 * target/reliability/, so a test can kill it for real (SIGKILL, SIGTERM) and read what it said.
 */
final class ChildJvm {
    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(String logName, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "reliability"));
        Path log = dir.resolve(logName + ".log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(testClassPath());
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        return new ChildJvm(process, log);
    }

    /** Surefire may run tests from a manifest-only jar; its real class path is kept here. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank()
                ? surefire
                : System.getProperty("java.class.path");
    }

    /** Waits until a line of output starts with {@code prefix}; returns the rest of the line. */
    String awaitLine(String prefix, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output().split("\n")) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length()).trim();
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "child JVM exited with "
                                + process.exitValue()
                                + " before printing "
                                + prefix
                                + "; output:\n"
                                + output());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(
                "child JVM printed no " + prefix + " within " + timeout + "; output:\n" + output());
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    Process process() {
        return process;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
