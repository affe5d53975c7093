// GOOD: calls a user method named sleep (IoT fleet API), not Thread.sleep
package com.acme.worker;

import com.acme.iot.DeviceFleet;
import dev.errand.Job2;
import dev.errand.JobSpec;

public class PutDeviceToSleepJob implements Job2<String, Integer> {
    public static final JobSpec<PutDeviceToSleepJob> SPEC =
            JobSpec.of(PutDeviceToSleepJob.class).build();
    private final DeviceFleet fleet;

    public PutDeviceToSleepJob(DeviceFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public void perform(String deviceId, Integer seconds) {
        fleet.sleep(deviceId, seconds);
    }
}
