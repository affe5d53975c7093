package dev.errand;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that running the job (or one of its methods) twice has the same effect as running it
 * once, and says why. Errand delivers jobs at least once, so every job should be; the lint
 * (errand-lint) takes this declaration instead of looking for a visible guard before a side effect
 * or a stored-state update.
 *
 * <pre>{@code
 * @Idempotent(reason = "the payment provider deduplicates on the order id we pass as key")
 * public final class ChargeOrder implements Job1<Long> { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
    /** Why a second run does no harm: the guard, the key, or the property that makes it so. */
    String reason();
}
