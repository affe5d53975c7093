// INTENDED: ERR008 - while loop over pages, with(spec).in(...).enqueue per row
package com.acme.jobs;

import com.acme.domain.Order;
import com.acme.domain.OrderStatus;
import com.acme.repo.OrderRepository;
import dev.errand.Errand;
import dev.errand.Job0;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.time.Duration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

public class PagedExportFanOutJob implements Job0 {
    public interface ExportOrder extends Job1<Long> {}

    static final JobSpec<ExportOrder> EXPORT =
            JobSpec.of(ExportOrder.class).queue("exports").build();
    public static final JobSpec<PagedExportFanOutJob> SPEC =
            JobSpec.of(PagedExportFanOutJob.class).build();
    private final OrderRepository orders;
    private final Errand errand;

    public PagedExportFanOutJob(OrderRepository orders, Errand errand) {
        this.orders = orders;
        this.errand = errand;
    }

    @Override
    public void perform() {
        Pageable page = PageRequest.of(0, 500);
        Page<Order> batch;
        do {
            batch = orders.findByStatus(OrderStatus.SHIPPED, page);
            for (Order o : batch.getContent()) {
                errand.with(EXPORT).in(Duration.ofMinutes(5)).enqueue(o.getId());
            }
            page = batch.nextPageable();
        } while (batch.hasNext());
    }
}
