// GOOD: conditional UPDATE claims the row; zero rows means another run did it
package com.acme.worker;

import com.acme.mail.EmailService;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class ClaimedInvoiceReminderJob implements Job2<Long, String> {
    public static final JobSpec<ClaimedInvoiceReminderJob> SPEC =
            JobSpec.of(ClaimedInvoiceReminderJob.class).build();
    private final JdbcTemplate jdbc;
    private final EmailService email;

    public ClaimedInvoiceReminderJob(JdbcTemplate jdbc, EmailService email) {
        this.jdbc = jdbc;
        this.email = email;
    }

    @Override
    public void perform(Long invoiceId, String to) {
        int claimed =
                jdbc.update(
                        "UPDATE invoices SET reminder_sent_at = now() WHERE id = ? AND"
                                + " reminder_sent_at IS NULL",
                        invoiceId);
        if (claimed == 0) {
            return;
        }
        email.sendTemplate(to, "invoice-reminder", Map.of("invoiceId", invoiceId));
    }
}
