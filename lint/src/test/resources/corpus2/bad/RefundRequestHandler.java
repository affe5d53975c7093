// INTENDED: ERR009 - enqueue between em.getTransaction().begin() and commit()
package com.acme.service;

import com.acme.domain.Payment;
import com.acme.domain.PaymentStatus;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

public class RefundRequestHandler {
    public interface ProcessRefund extends Job1<Long> {}

    static final JobSpec<ProcessRefund> PROCESS_REFUND =
            JobSpec.of(ProcessRefund.class).queue("payments").build();
    private final EntityManagerFactory emf;
    private final JobClient jobs;

    public RefundRequestHandler(EntityManagerFactory emf, JobClient jobs) {
        this.emf = emf;
        this.jobs = jobs;
    }

    public void requestRefund(long paymentId) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction txn = em.getTransaction();
        try {
            txn.begin();
            Payment payment = em.find(Payment.class, paymentId);
            payment.setStatus(PaymentStatus.PENDING);
            em.merge(payment);
            jobs.enqueue(PROCESS_REFUND, paymentId);
            txn.commit();
        } finally {
            if (txn.isActive()) {
                txn.rollback();
            }
            em.close();
        }
    }
}
