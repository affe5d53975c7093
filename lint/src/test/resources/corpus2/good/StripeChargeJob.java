// GOOD: Stripe Charge.create with RequestOptions idempotency key
package com.acme.worker;

import com.acme.domain.Payment;
import com.acme.repo.PaymentRepository;
import com.stripe.model.Charge;
import com.stripe.net.RequestOptions;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.Map;

public class StripeChargeJob implements Job1<Long> {
    public static final JobSpec<StripeChargeJob> SPEC =
            JobSpec.of(StripeChargeJob.class).queue("payments").build();
    private final PaymentRepository payments;

    public StripeChargeJob(PaymentRepository payments) {
        this.payments = payments;
    }

    @Override
    public void perform(Long paymentId) throws Exception {
        Payment payment = payments.findById(paymentId).orElseThrow();
        RequestOptions options =
                RequestOptions.builder().setIdempotencyKey(payment.getIdempotencyKey()).build();
        Charge charge =
                Charge.create(
                        Map.of(
                                "amount",
                                payment.getAmount().movePointRight(2).longValueExact(),
                                "currency",
                                "eur"),
                        options);
        payment.setProviderRef(charge.getId());
        payments.save(payment);
    }
}
