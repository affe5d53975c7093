package dev.errand.samples.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.errand.RetryOnRule;
import dev.errand.samples.app.Crm;
import dev.errand.samples.app.CrmRateLimitedException;
import dev.errand.samples.app.CrmUnavailableException;
import dev.errand.samples.app.User;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SyncCrmContactTest {
    @Mock private Users users;
    @Mock private Crm crm;

    @Test
    void perform_upsertsTheUsersEmailAndName() {
        when(users.find(7))
                .thenReturn(new User(7, "grace@example.com", "Grace", null, "pro", null));

        new SyncCrmContact(users, crm).perform(7L);

        verify(crm).upsertContact("grace@example.com", "Grace");
    }

    @Test
    void perform_missingUser_neverCallsTheCrm() {
        when(users.find(7)).thenThrow(new UserDeletedException(7));

        assertThatThrownBy(() -> new SyncCrmContact(users, crm).perform(7L))
                .isInstanceOf(UserDeletedException.class);
        verifyNoInteractions(crm);
    }

    @Test
    void spec_keepsOneRuleAndOneCounterPerFailure() {
        RetryOnRule rateLimit = SyncCrmContact.SPEC.retryOn().get(0);
        RetryOnRule outage = SyncCrmContact.SPEC.retryOn().get(1);

        assertThat(rateLimit.errors()).containsExactly(CrmRateLimitedException.class);
        assertThat(rateLimit.attempts()).isEqualTo(10);
        assertThat(outage.errors()).containsExactly(CrmUnavailableException.class);
        assertThat(outage.attempts()).isEqualTo(8);
        assertThat(rateLimit.key()).isNotEqualTo(outage.key());
    }

    @Test
    void spec_outageBackoffDoublesUpToAnHour() {
        RetryOnRule outage = SyncCrmContact.SPEC.retryOn().get(1);

        assertThat(outage.backoff().delay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(outage.backoff().delay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(outage.backoff().delay(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(outage.backoff().delay(30)).isEqualTo(Duration.ofHours(1));
    }
}
