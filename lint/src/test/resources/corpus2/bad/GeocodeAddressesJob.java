// INTENDED: ERR004 - Thread.sleep between provider calls to respect a rate limit
package com.acme.jobs;

import com.acme.geo.GeocodingClient;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;

public class GeocodeAddressesJob implements Job1<List<String>> {
    public static final JobSpec<GeocodeAddressesJob> SPEC =
            JobSpec.of(GeocodeAddressesJob.class).build();
    private final GeocodingClient geocoder;

    public GeocodeAddressesJob(GeocodingClient geocoder) {
        this.geocoder = geocoder;
    }

    @Override
    public void perform(List<String> addresses) throws Exception {
        for (String address : addresses) {
            geocoder.geocode(address);
            Thread.sleep(250); // provider allows 4 requests per second
        }
    }
}
