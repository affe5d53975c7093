// INTENDED: ERR005 - catch of SocketTimeoutException (transient) that only logs
package com.acme.jobs;

import com.acme.domain.Shipment;
import com.acme.repo.ShipmentRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FetchCarrierTrackingJob implements Job1<Long> {
    private static final Logger LOG = LoggerFactory.getLogger(FetchCarrierTrackingJob.class);
    public static final JobSpec<FetchCarrierTrackingJob> SPEC =
            JobSpec.of(FetchCarrierTrackingJob.class).build();
    private final ShipmentRepository shipments;
    private final HttpClient http = HttpClient.newHttpClient();

    public FetchCarrierTrackingJob(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Override
    public void perform(Long shipmentId) throws Exception {
        Shipment shipment = shipments.findById(shipmentId).orElseThrow();
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        "https://carrier.example.com/track/"
                                                + shipment.getTrackingNumber()))
                        .GET()
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            shipment.setLabelUrl(response.body());
            shipments.save(shipment);
        } catch (SocketTimeoutException e) {
            LOG.warn("carrier timed out for shipment {}", shipmentId);
        }
    }
}
