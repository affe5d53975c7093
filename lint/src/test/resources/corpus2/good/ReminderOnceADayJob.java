// GOOD: reminder counter bumped only after a 'sent today' guard
package com.acme.worker;

import com.acme.domain.Invoice;
import com.acme.mail.EmailService;
import com.acme.repo.InvoiceRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

public class ReminderOnceADayJob implements Job2<Long, String> {
    public static final JobSpec<ReminderOnceADayJob> SPEC =
            JobSpec.of(ReminderOnceADayJob.class).build();
    private final InvoiceRepository invoices;
    private final EmailService email;

    public ReminderOnceADayJob(InvoiceRepository invoices, EmailService email) {
        this.invoices = invoices;
        this.email = email;
    }

    @Override
    public void perform(Long invoiceId, String to) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        boolean alreadySentToday =
                invoice.getSentAt() != null && !invoice.getSentAt().isBefore(today);
        if (alreadySentToday) {
            return;
        }
        invoice.setReminderCount(invoice.getReminderCount() + 1);
        invoice.setSentAt(Instant.now());
        invoices.save(invoice);
        email.sendTemplate(to, "reminder", Map.of("n", invoice.getReminderCount()));
    }
}
