// GOOD: Thread.sleep in a plain scheduled poller class, not a job
package com.acme.scheduling;

import com.acme.domain.Shipment;
import com.acme.repo.ShipmentRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CarrierPoller {
    private final ShipmentRepository shipments;

    public CarrierPoller(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Scheduled(fixedDelay = 60_000)
    public void poll() throws InterruptedException {
        for (long id = 1; id <= 10; id++) {
            shipments.findById(id).map(Shipment::getTrackingNumber).ifPresent(t -> {});
            Thread.sleep(100);
        }
    }
}
