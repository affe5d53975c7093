package dev.errand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @RepeatedTest(20)
    void sidekiq_isCountToTheFourthPlus15PlusJitterOfCountPlusOneSteps() {
        Duration third = Backoff.sidekiq().delay(3);

        long count = 2;
        long base = count * count * count * count + 15;
        assertThat(third.toSeconds()).isBetween(base, base + 9 * (count + 1));
        assertThat((third.toSeconds() - base) % (count + 1)).isZero();
    }

    @RepeatedTest(20)
    void polynomial_isExecutionsToTheFourthPlusTwoPlusAtMost15PercentJitter() {
        Duration second = Backoff.polynomial().delay(2);

        assertThat(second.toMillis()).isBetween(18_000L, 18_000L + 2_400L);
    }

    @Test
    void fixed_isTheSameEveryTime() {
        Backoff backoff = Backoff.fixed(Duration.ofSeconds(7));

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.delay(9)).isEqualTo(Duration.ofSeconds(7));
    }
}
