package com.fasterxml.jackson.databind;

public class ObjectMapper {
    public String writeValueAsString(Object o)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        return null;
    }

    public <T> T readValue(String s, Class<T> c)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        return null;
    }
}
