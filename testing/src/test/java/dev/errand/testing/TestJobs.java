package dev.errand.testing;

import dev.errand.Backoff;
import dev.errand.Job0;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Jobs for the tests, registered on a harness, writing what they do to a shared log. */
final class TestJobs {
    final List<String> log = new CopyOnWriteArrayList<>();
    final AtomicInteger flakyFailures = new AtomicInteger();
    final List<String> deaths = new CopyOnWriteArrayList<>();

    TestJobs(ErrandHarness harness) {
        harness.register(Greet.SPEC, () -> new Greet(log))
                .register(Notify.SPEC, () -> new Notify(log))
                .register(Parent.SPEC, () -> new Parent(log, harness))
                .register(Child.SPEC, () -> new Child(log, harness))
                .register(Forever.SPEC, () -> new Forever(log, harness))
                .register(Countdown.SPEC, () -> new Countdown(log, harness))
                .register(Failing.SPEC, () -> new Failing(log))
                .register(Flaky.SPEC, () -> new Flaky(log, flakyFailures))
                .register(Broken.SPEC, () -> new Broken(log))
                .register(Gone.SPEC, () -> new Gone(log))
                .register(Settings.SPEC, () -> new Settings(log))
                .register(Ruby.SPEC, () -> args -> log.add("ruby " + args));
    }

    /** An immediate job on queue "mail". */
    static final class Greet implements Job1<Long> {
        static final JobSpec<Greet> SPEC = JobSpec.of(Greet.class).queue("mail").build();
        private final List<String> log;

        Greet(List<String> log) {
            this.log = log;
        }

        @Override
        public void perform(Long userId) {
            log.add("greet " + userId);
        }
    }

    /** A two-argument job on the default queue. */
    static final class Notify implements Job2<Long, String> {
        static final JobSpec<Notify> SPEC = JobSpec.of(Notify.class).build();
        private final List<String> log;

        Notify(List<String> log) {
            this.log = log;
        }

        @Override
        public void perform(Long userId, String text) {
            log.add("notify " + userId + " " + text);
        }
    }

    /** Enqueues one Child with its own argument. */
    static final class Parent implements Job1<Long> {
        static final JobSpec<Parent> SPEC = JobSpec.of(Parent.class).build();
        private final List<String> log;
        private final JobClient client;

        Parent(List<String> log, JobClient client) {
            this.log = log;
            this.client = client;
        }

        @Override
        public void perform(Long id) {
            log.add("parent " + id);
            client.enqueue(Child.SPEC, id);
        }
    }

    /** Enqueues one Greet. */
    static final class Child implements Job1<Long> {
        static final JobSpec<Child> SPEC = JobSpec.of(Child.class).build();
        private final List<String> log;
        private final JobClient client;

        Child(List<String> log, JobClient client) {
            this.log = log;
            this.client = client;
        }

        @Override
        public void perform(Long id) {
            log.add("child " + id);
            client.enqueue(Greet.SPEC, id);
        }
    }

    /** Enqueues itself every time it runs. */
    static final class Forever implements Job0 {
        static final JobSpec<Forever> SPEC = JobSpec.of(Forever.class).build();
        private final List<String> log;
        private final JobClient client;

        Forever(List<String> log, JobClient client) {
            this.log = log;
            this.client = client;
        }

        @Override
        public void perform() {
            log.add("forever");
            client.enqueue(SPEC);
        }
    }

    /** Enqueues another of its kind with n - 1 until n is 0. */
    static final class Countdown implements Job1<Long> {
        static final JobSpec<Countdown> SPEC = JobSpec.of(Countdown.class).build();
        private final List<String> log;
        private final JobClient client;

        Countdown(List<String> log, JobClient client) {
            this.log = log;
            this.client = client;
        }

        @Override
        public void perform(Long n) {
            log.add("countdown " + n);
            if (n > 0) {
                client.enqueue(SPEC, n - 1);
            }
        }
    }

    static final class FlakyException extends RuntimeException {
        FlakyException(String message) {
            super(message);
        }
    }

    /** ActiveJob-style: retryOn FlakyException, 10 s apart, 3 attempts; fails while told to. */
    static final class Flaky implements Job1<Long> {
        static final JobSpec<Flaky> SPEC =
                JobSpec.of(Flaky.class)
                        .retryOn(FlakyException.class, Backoff.fixed(Duration.ofSeconds(10)), 3)
                        .build();
        private final List<String> log;
        private final AtomicInteger failures;

        Flaky(List<String> log, AtomicInteger failures) {
            this.log = log;
            this.failures = failures;
        }

        @Override
        public void perform(Long id) {
            log.add("flaky " + id);
            if (failures.getAndDecrement() > 0) {
                throw new FlakyException("flaky " + id);
            }
        }
    }

    /** Sidekiq-style: retry(2), 30 s apart; always fails. */
    static final class Broken implements Job1<Long> {
        static final JobSpec<Broken> SPEC =
                JobSpec.of(Broken.class)
                        .retry(2)
                        .retryIn(Backoff.fixed(Duration.ofSeconds(30)))
                        .build();
        private final List<String> log;

        Broken(List<String> log) {
            this.log = log;
        }

        @Override
        public void perform(Long id) {
            log.add("broken " + id);
            throw new IllegalStateException("broken " + id);
        }
    }

    /** Sidekiq's defaults: 25 retries with Sidekiq's backoff. Always fails. */
    static final class Failing implements Job1<Long> {
        static final JobSpec<Failing> SPEC = JobSpec.of(Failing.class).build();
        private final List<String> log;

        Failing(List<String> log) {
            this.log = log;
        }

        @Override
        public void perform(Long id) {
            log.add("failing " + id);
            throw new IllegalStateException("failing " + id);
        }
    }

    static final class GoneException extends RuntimeException {
        GoneException() {
            super("record is gone");
        }
    }

    /** Discards on GoneException, which it always throws. */
    static final class Gone implements Job1<Long> {
        static final JobSpec<Gone> SPEC =
                JobSpec.of(Gone.class).discardOn(GoneException.class).build();
        private final List<String> log;

        Gone(List<String> log) {
            this.log = log;
        }

        @Override
        public void perform(Long id) {
            log.add("gone " + id);
            throw new GoneException();
        }
    }

    /** Takes a map, to show the JSON round trip. */
    static final class Settings implements Job1<Map<String, Object>> {
        static final JobSpec<Settings> SPEC = JobSpec.of(Settings.class).build();
        private final List<String> log;

        Settings(List<String> log) {
            this.log = log;
        }

        @Override
        public void perform(Map<String, Object> settings) {
            log.add("settings " + settings);
        }
    }

    /** A job known by a Ruby class name, taking raw arguments. */
    static final class Ruby {
        static final JobSpec<RawJob> SPEC = JobSpec.named("HardWorker").queue("ruby").build();

        private Ruby() {}
    }
}
