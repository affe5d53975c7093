package dev.errand.lint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a job (or one of its methods) is safe to run more than once with the same
 * arguments, and says why. The lint then stops reporting its side effects and state changes
 * (ERR002 NonIdempotentUpdate, ERR003 UnguardedSideEffect) inside the annotated code.
 *
 * <p>The reason is required and must not be blank: it is the note a reviewer reads when a retry
 * runs the job twice. Typical reasons: "the mail provider deduplicates on the message id", "the
 * upsert is keyed by the order id".
 *
 * <p>The lint recognises any annotation whose simple name is {@code Idempotent}, so this one can
 * move to the core library later without breaking anyone.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {

    /** Why a second run with the same arguments does no harm. */
    String reason();
}
