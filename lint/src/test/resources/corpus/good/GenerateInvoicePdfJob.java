// corpus: good
package corpus.good;

import com.acme.shop.ImageStore;
import com.acme.shop.Invoice;
import com.acme.shop.InvoiceRepository;
import dev.errand.Job1;

public class GenerateInvoicePdfJob implements Job1<Long> {
    InvoiceRepository invoices;
    ImageStore store;

    @Override
    public void perform(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        store.saveThumbnail("invoices/" + invoice.getNumber() + ".pdf", render(invoice));
    }

    private byte[] render(Invoice invoice) {
        return new byte[0];
    }
}
