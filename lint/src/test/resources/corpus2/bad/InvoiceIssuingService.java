// INTENDED: ERR009 - class-level @Transactional; method enqueues with enqueueIn
package com.acme.service;

import com.acme.domain.Invoice;
import com.acme.domain.InvoiceStatus;
import com.acme.repo.InvoiceRepository;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class InvoiceIssuingService {
    public interface SendInvoiceReminder extends Job1<Long> {}

    static final JobSpec<SendInvoiceReminder> REMINDER =
            JobSpec.of(SendInvoiceReminder.class).build();
    private final InvoiceRepository invoices;
    private final JobClient jobs;

    public InvoiceIssuingService(InvoiceRepository invoices, JobClient jobs) {
        this.invoices = invoices;
        this.jobs = jobs;
    }

    public void issue(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        invoice.setStatus(InvoiceStatus.OPEN);
        invoices.save(invoice);
        jobs.enqueueIn(REMINDER, Duration.ofDays(7), invoiceId);
    }
}
