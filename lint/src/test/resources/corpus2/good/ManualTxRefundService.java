// GOOD: em transaction committed before enqueue
package com.acme.service;

import com.acme.domain.Payment;
import com.acme.domain.PaymentStatus;
import dev.errand.Job1;
import dev.errand.JobClient;
import dev.errand.JobSpec;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

public class ManualTxRefundService {
    public interface ProcessRefund extends Job1<Long> {}

    static final JobSpec<ProcessRefund> PROCESS = JobSpec.of(ProcessRefund.class).build();
    private final EntityManagerFactory emf;
    private final JobClient jobs;

    public ManualTxRefundService(EntityManagerFactory emf, JobClient jobs) {
        this.emf = emf;
        this.jobs = jobs;
    }

    public void request(long paymentId) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Payment p = em.find(Payment.class, paymentId);
            p.setStatus(PaymentStatus.PENDING);
            tx.commit();
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
        jobs.enqueue(PROCESS, paymentId);
    }
}
