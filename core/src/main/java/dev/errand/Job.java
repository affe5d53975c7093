package dev.errand;

/**
 * A background job. Implement one of {@link Job0}, {@link Job1}, {@link Job2}, {@link Job3} when
 * the arguments are known, so the client checks them at compile time, or {@link RawJob} to receive
 * the raw argument list (for jobs shared with Ruby, or with a variable arity).
 *
 * <p>Arguments are positional and JSON-native (string, number, boolean, null, list, map with string
 * keys), exactly as Sidekiq stores them. Pass ids, not objects.
 */
public sealed interface Job permits Job0, Job1, Job2, Job3, RawJob {}
