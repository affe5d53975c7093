// INTENDED: ERR007 - JPQL select without WHERE via EntityManager
package com.acme.jobs;

import com.acme.domain.Product;
import dev.errand.Job1;
import dev.errand.JobSpec;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

public class RepriceCatalogJob implements Job1<String> {
    public static final JobSpec<RepriceCatalogJob> SPEC =
            JobSpec.of(RepriceCatalogJob.class).build();
    private final EntityManager em;

    public RepriceCatalogJob(EntityManager em) {
        this.em = em;
    }

    @Override
    public void perform(String factor) {
        BigDecimal f = new BigDecimal(factor);
        List<Product> all =
                em.createQuery("select p from Product p", Product.class).getResultList();
        for (Product p : all) {
            p.setPrice(p.getPrice().multiply(f).setScale(2, RoundingMode.HALF_UP));
            em.merge(p);
        }
    }
}
