package org.springframework.web.client;

public class RestClientException extends RuntimeException {
    public RestClientException(String m) {
        super(m);
    }
}
