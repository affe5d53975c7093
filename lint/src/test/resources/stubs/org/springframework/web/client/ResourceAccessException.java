package org.springframework.web.client;

public class ResourceAccessException extends RestClientException {
    public ResourceAccessException(String m) {
        super(m);
    }
}
