package dev.errand.samples.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.errand.samples.app.MailTimeoutException;
import dev.errand.samples.app.Mailer;
import dev.errand.samples.app.User;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SendWelcomeEmailTest {
    private static final Instant NOW = Instant.parse("2025-11-03T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final User ADA = new User(42, "ada@example.com", "Ada", null, "trial", null);

    @Mock private Users users;
    @Mock private Mailer mailer;

    @Test
    void perform_sendsTheWelcomeEmailAndRecordsIt() {
        when(users.find(42)).thenReturn(ADA);

        new SendWelcomeEmail(users, mailer, CLOCK).perform(42L);

        verify(mailer).sendWelcome(ADA);
        verify(users).markWelcomeEmailSent(42, NOW);
    }

    @Test
    void perform_twice_sendsOneEmail() {
        Users realUsers = new Users();
        realUsers.save(ADA);
        SendWelcomeEmail job = new SendWelcomeEmail(realUsers, mailer, CLOCK);

        job.perform(42L);
        job.perform(42L);

        verify(mailer, times(1)).sendWelcome(any());
        assertThat(realUsers.find(42).welcomeEmailSentAt()).isEqualTo(NOW);
    }

    @Test
    void perform_missingUser_failsBeforeSendingAnything() {
        SendWelcomeEmail job = new SendWelcomeEmail(new Users(), mailer, CLOCK);

        assertThatThrownBy(() -> job.perform(7L))
                .isInstanceOf(UserDeletedException.class)
                .hasMessageContaining("user 7");
        verifyNoInteractions(mailer);
    }

    @Test
    void perform_mailTimeout_leavesTheUserUnmarkedForTheRetry() {
        when(users.find(42)).thenReturn(ADA);
        org.mockito.Mockito.doThrow(new MailTimeoutException("smtp: no answer in 10 s"))
                .when(mailer)
                .sendWelcome(ADA);

        assertThatThrownBy(() -> new SendWelcomeEmail(users, mailer, CLOCK).perform(42L))
                .isInstanceOf(MailTimeoutException.class);
        verify(users, times(0)).markWelcomeEmailSent(any(Long.class), any());
    }

    @Test
    void spec_retriesMailTimeoutsFiveRunsAndDiscardsDeletedUsers() {
        assertThat(SendWelcomeEmail.SPEC.queueFor(java.util.List.of(42L))).isEqualTo("mailers");
        assertThat(SendWelcomeEmail.SPEC.retryOn())
                .singleElement()
                .satisfies(
                        rule -> {
                            assertThat(rule.errors()).containsExactly(MailTimeoutException.class);
                            assertThat(rule.attempts()).isEqualTo(5);
                        });
        assertThat(SendWelcomeEmail.SPEC.discardOn()).containsExactly(UserDeletedException.class);
    }
}
