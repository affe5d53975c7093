package org.springframework.web.client;

public class RestTemplate {
    public <T> T getForObject(String url, Class<T> t, Object... v) {
        return null;
    }

    public <T> ResponseEntityAlias<T> dummy() {
        return null;
    }

    public <T> org.springframework.http.ResponseEntity<T> postForEntity(
            String url, Object req, Class<T> t, Object... v) {
        return null;
    }

    public <T> T postForObject(String url, Object req, Class<T> t, Object... v) {
        return null;
    }

    public void put(String url, Object req, Object... v) {}

    public void delete(String url, Object... v) {}

    public <T> org.springframework.http.ResponseEntity<T> exchange(
            String url,
            org.springframework.http.HttpMethod m,
            org.springframework.http.HttpEntity<?> e,
            Class<T> t,
            Object... v) {
        return null;
    }

    public static class ResponseEntityAlias<T> {}
}
