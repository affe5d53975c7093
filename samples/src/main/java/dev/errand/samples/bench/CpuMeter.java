package dev.errand.samples.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import redis.clients.jedis.Jedis;

/**
 * CPU spent per job by Redis and by this JVM over one measured step. On a shared machine the
 * throughput of a step swings with whatever else runs; the CPU each side spends per job swings much
 * less, so it shows what an optimisation changed.
 */
final class CpuMeter {
    private final Jedis jedis;
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private double redisStart;
    private long jvmStart;
    private long switchesStart;
    private double redisUsed;
    private long jvmUsed;
    private long switches;

    CpuMeter(Jedis jedis) {
        this.jedis = jedis;
    }

    void start() {
        redisStart = redisSeconds();
        jvmStart = os.getProcessCpuTime();
        switchesStart = contextSwitches();
    }

    /** Ends the measured step, before its threads end (their switches count only while alive). */
    void stop() {
        redisUsed = redisSeconds() - redisStart;
        jvmUsed = os.getProcessCpuTime() - jvmStart;
        switches = contextSwitches() - switchesStart;
    }

    /** CPU of Redis and of this JVM, and this JVM's thread switches, per job of the last step. */
    String perJob(int jobs) {
        return String.format(
                Locale.ROOT,
                "redis %.2f µs, jvm %.2f µs of CPU and %.2f thread switches per job",
                redisUsed * 1e6 / jobs,
                jvmUsed / 1e3 / jobs,
                (double) switches / jobs);
    }

    /** Context switches of all this JVM's threads alive now (Linux only; 0 elsewhere). */
    private static long contextSwitches() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.mapToLong(CpuMeter::switchesOf).sum();
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    private static long switchesOf(Path task) {
        try {
            long sum = 0;
            for (String line : Files.readAllLines(task.resolve("status"))) {
                if (line.contains("ctxt_switches:")) {
                    sum += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return sum;
        } catch (IOException e) {
            return 0; // the thread ended meanwhile
        }
    }

    private double redisSeconds() {
        double seconds = 0;
        for (String line : jedis.info("cpu").split("\r?\n")) {
            if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:")) {
                seconds += Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return seconds;
    }
}
