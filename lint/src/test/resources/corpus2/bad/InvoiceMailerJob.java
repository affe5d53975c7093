// INTENDED: ERR003 - emailService.sendInvoice after rendering PDF; status only checked negatively
// (precondition)
package com.acme.jobs;

import com.acme.domain.Invoice;
import com.acme.domain.InvoiceStatus;
import com.acme.mail.EmailService;
import com.acme.repo.AccountRepository;
import com.acme.repo.InvoiceRepository;
import com.acme.reports.PdfRenderer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Instant;

public class InvoiceMailerJob implements Job1<Long> {
    public static final JobSpec<InvoiceMailerJob> SPEC =
            JobSpec.of(InvoiceMailerJob.class).queue("mailers").build();
    private final InvoiceRepository invoices;
    private final AccountRepository accounts;
    private final PdfRenderer pdf;
    private final EmailService email;

    public InvoiceMailerJob(
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
        if (invoice.getStatus() != InvoiceStatus.OPEN) {
            return;
        }
        String to = accounts.findById(invoice.getAccountId()).orElseThrow().getOwner();
        email.sendInvoice(to, invoice.getNumber(), pdf.renderInvoice(invoice));
        invoice.setStatus(InvoiceStatus.SENT);
        invoice.setSentAt(Instant.now());
        invoices.save(invoice);
    }
}
