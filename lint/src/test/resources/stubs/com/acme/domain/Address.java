package com.acme.domain;

public record Address(String line1, String city, String zip, String country) {}
