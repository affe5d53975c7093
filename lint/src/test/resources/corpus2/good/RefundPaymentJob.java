// GOOD: status == REFUNDED -> return before refund; refund also keyed
package com.acme.worker;

import com.acme.domain.Payment;
import com.acme.domain.PaymentStatus;
import com.acme.payments.PaymentGateway;
import com.acme.repo.PaymentRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class RefundPaymentJob implements Job1<Long> {
    public static final JobSpec<RefundPaymentJob> SPEC =
            JobSpec.of(RefundPaymentJob.class).queue("payments").build();
    private final PaymentRepository payments;
    private final PaymentGateway gateway;

    public RefundPaymentJob(PaymentRepository payments, PaymentGateway gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @Override
    public void perform(Long paymentId) {
        Payment payment = payments.findById(paymentId).orElseThrow();
        if (payment.getStatus() == PaymentStatus.REFUNDED) {
            return;
        }
        gateway.refund(payment.getProviderRef(), payment.getAmount());
        payment.setStatus(PaymentStatus.REFUNDED);
        payments.save(payment);
    }
}
