package com.acme.iot;

public interface DeviceFleet {
    void sleep(String deviceId, long seconds);

    void wake(String deviceId);
}
