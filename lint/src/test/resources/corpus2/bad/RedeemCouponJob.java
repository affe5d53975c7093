// INTENDED: ERR002 - SQL UPDATE ... SET redemptions = redemptions + 1
package com.acme.jobs;

import dev.errand.Job1;
import dev.errand.JobSpec;
import org.springframework.jdbc.core.JdbcTemplate;

public class RedeemCouponJob implements Job1<String> {
    public static final JobSpec<RedeemCouponJob> SPEC = JobSpec.of(RedeemCouponJob.class).build();
    private static final String REDEEM_SQL =
            "UPDATE coupons SET redemptions = redemptions + 1 WHERE code = ? AND redemptions <"
                    + " max_redemptions";

    private final JdbcTemplate jdbc;

    public RedeemCouponJob(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void perform(String code) {
        int rows = jdbc.update(REDEEM_SQL, code);
        if (rows == 0) {
            throw new IllegalStateException("coupon " + code + " exhausted");
        }
    }
}
