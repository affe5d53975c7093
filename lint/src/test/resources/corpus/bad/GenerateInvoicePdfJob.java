// corpus: bad ERR001
package corpus.bad;

import com.acme.shop.ImageStore;
import com.acme.shop.Invoice;
import dev.errand.Job1;

public class GenerateInvoicePdfJob implements Job1<Invoice> {
    ImageStore store;

    @Override
    public void perform(Invoice invoice) {
        byte[] pdf = render(invoice);
        store.saveThumbnail("invoices/" + invoice.getNumber() + ".pdf", pdf);
    }

    private byte[] render(Invoice invoice) {
        return new byte[0];
    }
}
