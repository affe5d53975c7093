// INTENDED: ERR006 - InterruptedException caught and only logged
package com.acme.jobs;

import com.acme.domain.Shipment;
import com.acme.repo.ShipmentRepository;
import com.acme.util.RateLimiter;
import dev.errand.Job1;
import dev.errand.JobSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class WaitForLabelJob implements Job1<Long> {
    private static final Logger log = LoggerFactory.getLogger(WaitForLabelJob.class);
    public static final JobSpec<WaitForLabelJob> SPEC = JobSpec.of(WaitForLabelJob.class).build();
    private final ShipmentRepository shipments;
    private final RateLimiter carrierLimiter;

    public WaitForLabelJob(ShipmentRepository shipments, RateLimiter carrierLimiter) {
        this.shipments = shipments;
        this.carrierLimiter = carrierLimiter;
    }

    @Override
    public void perform(Long shipmentId) {
        try {
            carrierLimiter.acquire();
        } catch (InterruptedException e) {
            log.warn("interrupted while waiting for carrier quota");
        }
        Shipment s = shipments.findById(shipmentId).orElseThrow();
        s.setCarrier("UPS");
        shipments.save(s);
    }
}
