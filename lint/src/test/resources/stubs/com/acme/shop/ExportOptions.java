package com.acme.shop;

/** A plain options object with no id. */
public class ExportOptions {
    public String format = "csv";
    public boolean includeArchived;
}
