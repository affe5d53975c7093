package dev.errand;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One ActiveJob-style {@code retryOn} rule: when the job fails with one of {@code errors}, it is
 * retried after {@code backoff}, until it has run {@code attempts} times under this rule. The first
 * run counts, so {@code attempts = 1} never retries. Each rule keeps its own counter in the
 * payload's {@code exception_executions} map, under {@link #key()}.
 */
public record RetryOnRule(List<Class<? extends Throwable>> errors, Backoff backoff, int attempts) {

    public RetryOnRule {
        errors = List.copyOf(errors);
    }

    /** The key of this rule's counter, as ActiveJob writes it: {@code [Class, Class]}. */
    public String key() {
        return errors.stream().map(Class::getName).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Whether this rule handles {@code error}. */
    public boolean matches(Throwable error) {
        return errors.stream().anyMatch(type -> type.isInstance(error));
    }
}
