package org.springframework.web.client;

public class HttpClientErrorException extends RestClientException {
    public HttpClientErrorException(String m) {
        super(m);
    }

    public org.springframework.http.HttpStatusCode getStatusCode() {
        return null;
    }
}
