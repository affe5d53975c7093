// GOOD: positive status test (== SENT -> return) before sending
package com.acme.worker;

import com.acme.domain.Invoice;
import com.acme.domain.InvoiceStatus;
import com.acme.mail.EmailService;
import com.acme.repo.AccountRepository;
import com.acme.repo.InvoiceRepository;
import com.acme.reports.PdfRenderer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Instant;

public class InvoiceDeliveryJob implements Job1<Long> {
    public static final JobSpec<InvoiceDeliveryJob> SPEC =
            JobSpec.of(InvoiceDeliveryJob.class).queue("mailers").build();
    private final InvoiceRepository invoices;
    private final AccountRepository accounts;
    private final PdfRenderer pdf;
    private final EmailService email;

    public InvoiceDeliveryJob(
            InvoiceRepository invoices,
            AccountRepository accounts,
            PdfRenderer pdf,
            EmailService email) {
        this.invoices = invoices;
        this.accounts = accounts;
        this.pdf = pdf;
        this.email = email;
    }

    @Override
    public void perform(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        if (invoice.getStatus() == InvoiceStatus.SENT
                || invoice.getStatus() == InvoiceStatus.PAID) {
            return;
        }
        String to = accounts.findById(invoice.getAccountId()).orElseThrow().getOwner();
        email.sendInvoice(to, invoice.getNumber(), pdf.renderInvoice(invoice));
        invoice.setStatus(InvoiceStatus.SENT);
        invoice.setSentAt(Instant.now());
        invoices.save(invoice);
    }
}
