// INTENDED: ERR008 - iterator loop with enqueueTo for a Ruby worker
package com.acme.bridge;

import dev.errand.JobClient;
import java.util.Iterator;
import java.util.List;

public class LegacyMailBridge {
    private final JobClient sidekiq;

    public LegacyMailBridge(JobClient sidekiq) {
        this.sidekiq = sidekiq;
    }

    public int forward(List<String> emails, String template) {
        int count = 0;
        Iterator<String> it = emails.iterator();
        while (it.hasNext()) {
            sidekiq.enqueueTo("mailers", "LegacyMailerWorker", List.of(it.next(), template));
            count++;
        }
        return count;
    }
}
