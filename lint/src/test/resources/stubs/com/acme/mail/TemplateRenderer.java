package com.acme.mail;

public interface TemplateRenderer {
    String render(String template, java.util.Map<String, Object> model);
}
