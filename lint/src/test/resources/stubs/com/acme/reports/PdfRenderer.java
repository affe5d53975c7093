package com.acme.reports;

public interface PdfRenderer {
    byte[] renderInvoice(com.acme.domain.Invoice inv);

    byte[] renderReport(String kind, java.util.List<?> rows);
}
