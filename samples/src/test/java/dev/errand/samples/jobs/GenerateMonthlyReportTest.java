package dev.errand.samples.jobs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.errand.JobClient;
import dev.errand.samples.app.Reports;
import dev.errand.samples.app.Reports.Report;
import dev.errand.samples.app.User;
import dev.errand.samples.app.UserDeletedException;
import dev.errand.samples.app.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GenerateMonthlyReportTest {
    @Mock private Users users;
    @Mock private Reports reports;
    @Mock private JobClient jobs;

    @Test
    void perform_savesTheReportThenEnqueuesItsEmail() {
        when(users.find(3)).thenReturn(new User(3, "lin@example.com", "Lin", null, "pro", null));
        when(reports.generate(3, "2025-10", "lin@example.com"))
                .thenReturn(new Report(77, 3, "2025-10", "lin@example.com"));

        new GenerateMonthlyReport(users, reports, jobs).perform(3L, "2025-10");

        verify(jobs).enqueue(EmailReport.SPEC, 77L);
    }

    @Test
    void perform_missingUser_enqueuesNothing() {
        when(users.find(3)).thenThrow(new UserDeletedException(3));

        assertThatThrownBy(
                        () ->
                                new GenerateMonthlyReport(users, reports, jobs)
                                        .perform(3L, "2025-10"))
                .isInstanceOf(UserDeletedException.class);
        verifyNoInteractions(reports, jobs);
    }
}
