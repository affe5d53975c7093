package com.acme.notify;

public interface SmsGateway {
    String sendSms(String phone, String text);
}
