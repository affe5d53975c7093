package com.acme.notify;

public interface NotificationService {
    void notifyUser(Long userId, String message);

    void createNotification(Long userId, String kind, String text);
}
