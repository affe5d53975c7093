// INTENDED: ERR005 - catch (Exception e) that only logs
package com.acme.jobs;

import dev.errand.Job0;
import dev.errand.JobSpec;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestTemplate;
import redis.clients.jedis.Jedis;

public class RefreshExchangeRatesJob implements Job0 {
    private static final Logger log = LoggerFactory.getLogger(RefreshExchangeRatesJob.class);
    public static final JobSpec<RefreshExchangeRatesJob> SPEC =
            JobSpec.of(RefreshExchangeRatesJob.class).build();
    private final RestTemplate http;
    private final Jedis redis;

    public RefreshExchangeRatesJob(RestTemplate http, Jedis redis) {
        this.http = http;
        this.redis = redis;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void perform() {
        try {
            Map<String, Object> rates =
                    http.getForObject("https://fx.example.com/latest?base=EUR", Map.class);
            rates.forEach((ccy, rate) -> redis.set("fx:EUR:" + ccy, String.valueOf(rate)));
        } catch (Exception e) {
            log.error("could not refresh exchange rates", e);
        }
    }
}
