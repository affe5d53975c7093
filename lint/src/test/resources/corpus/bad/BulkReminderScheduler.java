// corpus: bad ERR008
package corpus.bad;

import com.acme.shop.InvoiceRepository;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Duration;
import java.time.LocalDate;

public class BulkReminderScheduler implements dev.errand.Job0 {
    static final JobSpec<Remind> REMIND = JobSpec.of(Remind.class).build();
    InvoiceRepository invoices;
    Errand errand;

    @Override
    public void perform() {
        invoices.findOverdue(LocalDate.now(), 1000)
                .forEach(invoice -> errand.enqueueIn(REMIND, Duration.ofHours(1), invoice.getId()));
    }

    public static class Remind implements Job1<Long> {
        @Override
        public void perform(Long invoiceId) {}
    }
}
