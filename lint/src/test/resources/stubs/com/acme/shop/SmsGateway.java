package com.acme.shop;

public interface SmsGateway {
    void sendSms(String phone, String text);
}
