package com.acme.analytics;

public interface AnalyticsClient {
    void track(String event, java.util.Map<String, Object> props);
}
