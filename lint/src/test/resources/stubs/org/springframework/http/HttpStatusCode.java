package org.springframework.http;

public interface HttpStatusCode {
    boolean is2xxSuccessful();

    boolean is4xxClientError();

    int value();
}
