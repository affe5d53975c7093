package org.springframework.http;

public class HttpHeaders {
    public void set(String k, String v) {}
}
