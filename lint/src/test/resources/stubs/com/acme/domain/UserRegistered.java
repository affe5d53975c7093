package com.acme.domain;

public record UserRegistered(Long userId) {}
