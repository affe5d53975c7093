package dev.errand.lint.rules;

import dev.errand.lint.engine.Rule;
import java.util.List;

/** The lint's rules, in id order. Adding a rule means adding it here and a page in docs/rules. */
public final class Rules {

    private Rules() {}

    public static List<Rule> all() {
        return List.of(
                new NonJsonArgument(),
                new NonIdempotentUpdate(),
                new UnguardedSideEffect(),
                new SleepInJob(),
                new SwallowedException(),
                new InterruptSwallowed(),
                new UnboundedScan(),
                new EnqueueInLoop(),
                new EnqueueInTransaction(),
                new ThreadInJob(),
                new InvalidJobSpec());
    }
}
