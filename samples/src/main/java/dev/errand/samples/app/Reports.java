package dev.errand.samples.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Monthly account reports. Generating one for a month that already has one returns it. */
public class Reports {

    /** A generated report. */
    public record Report(long id, long accountId, String month, String ownerEmail) {}

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<String, Report> byAccountAndMonth = new ConcurrentHashMap<>();
    private final Map<Long, Report> byId = new ConcurrentHashMap<>();

    public Report generate(long accountId, String month, String ownerEmail) {
        return byAccountAndMonth.computeIfAbsent(
                accountId + "/" + month,
                key -> {
                    Report report =
                            new Report(nextId.getAndIncrement(), accountId, month, ownerEmail);
                    byId.put(report.id(), report);
                    return report;
                });
    }

    public Report find(long id) {
        Report report = byId.get(id);
        if (report == null) {
            throw new IllegalArgumentException("report " + id + " does not exist");
        }
        return report;
    }
}
