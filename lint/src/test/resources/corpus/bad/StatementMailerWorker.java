// corpus: bad ERR003
package corpus.bad;

import com.acme.shop.Email;
import com.acme.shop.Invoice;
import com.acme.shop.InvoiceRepository;
import com.acme.shop.Mailer;
import dev.errand.Job1;

public class StatementMailerWorker implements Job1<Long> {
    InvoiceRepository invoices;
    Mailer mailer;

    @Override
    public void perform(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        Email email =
                Email.of(
                        "billing+" + invoice.getCustomerId() + "@acme.test",
                        "Invoice " + invoice.getNumber(),
                        "Amount due: " + invoice.getAmount());
        mailer.send(email);
        invoice.markSent();
        invoices.save(invoice);
    }
}
