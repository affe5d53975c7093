package fixtures;

import com.acme.shop.Address;
import com.acme.shop.ExportOptions;
import com.acme.shop.Order;
import com.acme.shop.OrderStatus;
import com.acme.shop.User;
import dev.errand.Errand;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.Job3;
import dev.errand.JobSpec;
import dev.errand.PushOptions;
import dev.errand.RawJob;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

class ShipOrder implements Job1<Order> {
    @Override
    public void perform(Order order) {} // BUG: ERR001
}

class SendDigest implements Job2<Long, LocalDate> {
    @Override
    public void perform(Long userId, LocalDate day) {} // BUG: ERR001
}

class MergeCounts implements Job1<Map<Long, Integer>> {
    @Override
    public void perform(Map<Long, Integer> countsByUser) {} // BUG: ERR001
}

class TagUsers implements Job2<User[], OrderStatus> {
    @Override
    public void perform(User[] users, OrderStatus status) {} // BUG: ERR001, ERR001
}

class Geocode implements Job3<Address, UUID, Optional<String>> {
    @Override
    public void perform(
            Address address, // BUG: ERR001
            UUID requestId, // BUG: ERR001
            Optional<String> hint) {} // BUG: ERR001
}

class ExportUsers implements Job1<ExportOptions> {
    @Override
    public void perform(ExportOptions options) {} // BUG: ERR001
}

// Negative: JSON-native signatures.
class GoodSignatures implements Job3<Long, String, Map<String, Object>> {
    @Override
    public void perform(Long id, String day, Map<String, Object> extra) {}
}

class GoodNumbers implements Job3<BigDecimal, List<Long>, int[]> {
    @Override
    public void perform(BigDecimal amount, List<Long> ids, int[] buckets) {}
}

class GoodRaw implements RawJob {
    @Override
    public void perform(List<Object> args) {}
}

class IdJob implements Job1<Long> {
    @Override
    public void perform(Long id) {}
}

class GenericJob<T> implements Job1<T> {
    @Override
    public void perform(T value) {}
}

class EnqueueSites {
    static final JobSpec<ShipOrder> SHIP = JobSpec.of(ShipOrder.class).build();
    static final JobSpec<SendDigest> DIGEST = JobSpec.of(SendDigest.class).build();
    static final JobSpec<MergeCounts> MERGE = JobSpec.of(MergeCounts.class).build();
    static final JobSpec<IdJob> ID = JobSpec.of(IdJob.class).build();
    static final JobSpec<GoodSignatures> GOOD = JobSpec.of(GoodSignatures.class).build();
    static final JobSpec<RawJob> RAW = JobSpec.named("Legacy::Worker").build();

    void bad(Errand errand, Order order, User user, List<User> users, UUID id, Set<Order> orders) {
        errand.enqueue(SHIP, order); // BUG: ERR001
        errand.enqueue(DIGEST, user.getId(), LocalDate.now()); // BUG: ERR001
        errand.enqueueIn(DIGEST, Duration.ofMinutes(5), 1L, LocalDate.now()); // BUG: ERR001
        errand.enqueueAt(SHIP, Instant.now(), order); // BUG: ERR001
        errand.enqueueArgs(RAW, List.of(order.getId(), user)); // BUG: ERR001
        errand.enqueueArgs(RAW, List.of(OrderStatus.PAID)); // BUG: ERR001
        errand.enqueueArgs(RAW, users); // BUG: ERR001
        errand.push("Legacy::Worker", "default", Arrays.asList(1, LocalDate.now())); // BUG: ERR001
        errand.enqueueTo("default", "Legacy::Worker", List.of(user)); // BUG: ERR001
        errand.enqueueAll(SHIP, orders); // BUG: ERR001
        errand.enqueueAllArgs(RAW, List.of(List.of(order))); // BUG: ERR001
        errand.with(RAW).queue("low").enqueue(order); // BUG: ERR001
        errand.with(RAW).in(Duration.ofSeconds(1)).enqueue(id); // BUG: ERR001
        errand.enqueue(MERGE, Map.of(user.getId(), 1)); // BUG: ERR001
        errand.with(RAW).enqueue(new Object[] {order}, new Order[] {order}); // BUG: ERR001, ERR001
    }

    void good(Errand errand, Order order, User user, List<Long> ids, Object[] spread) {
        errand.enqueue(ID, order.getId());
        errand.enqueue(GOOD, user.getId(), Instant.now().toString(), Map.of("k", 1));
        errand.enqueueIn(ID, Duration.ofMinutes(5), 7L);
        errand.enqueueAt(ID, Instant.now(), 8L);
        errand.enqueueArgs(RAW, List.of(order.getId(), "x", OrderStatus.PAID.name(),
                UUID.randomUUID().toString(), order.getTotal(), true, 3.5));
        errand.push("Legacy::Worker", "default", ids);
        errand.enqueueTo("default", "Legacy::Worker", List.of("a", 1L));
        errand.push(RAW, List.of(List.of(1L)), new PushOptions("low", null));
        errand.enqueueAll(ID, ids);
        errand.enqueueAllArgs(RAW, List.of(List.of(1L, "a"), List.of(2L, "b")));
        errand.with(RAW).at(Instant.now()).enqueue(order.getId(), user.getEmail(), null);
        errand.with(RAW).enqueue(spread);
        Object unknown = order;
        errand.with(RAW).enqueue(unknown);
    }
}
