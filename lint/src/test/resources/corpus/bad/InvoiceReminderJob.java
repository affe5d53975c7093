// corpus: bad ERR002
package corpus.bad;

import com.acme.shop.Invoice;
import com.acme.shop.InvoiceRepository;
import dev.errand.Job1;

public class InvoiceReminderJob implements Job1<Long> {
    InvoiceRepository invoices;

    @Override
    public void perform(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        invoice.setReminderCount(invoice.getReminderCount() + 1);
        invoices.save(invoice);
    }
}
