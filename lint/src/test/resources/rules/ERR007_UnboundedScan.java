package fixtures;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import com.acme.shop.OrderStatus;
import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job0;
import dev.errand.Job1;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

class NightlyRecalc implements Job0 {
    UserRepository users;
    OrderRepository orders;
    JdbcTemplate jdbc;
    EntityManager em;

    @Override
    public void perform() {
        for (User user : users.findAll()) { // BUG: ERR007
            user.getId();
        }
        orders.findAll(Sort.by("id")).forEach(Order::getId); // BUG: ERR007
        orders.streamAll().forEach(Order::getId); // BUG: ERR007
        List<Map<String, Object>> rows;
        rows = jdbc.queryForList("SELECT id, email FROM users"); // BUG: ERR007
        em.createQuery("select o from Order o").getResultList(); // BUG: ERR007
        jdbc.queryForList("SELECT id FROM orders " // BUG: ERR007
                + "ORDER BY id");
    }
}

class MongoScan implements Job0 {
    interface MongoOperations {
        <T> List<T> findAll(Class<T> type);
    }

    MongoOperations mongo;

    @Override
    public void perform() {
        mongo.findAll(User.class); // BUG: ERR007
    }
}

// Negative: paged, filtered, bounded, aggregate, and outside jobs.
class PagedRecalc implements Job1<Integer> {
    OrderRepository orders;
    UserRepository users;
    JdbcTemplate jdbc;

    @Override
    public void perform(Integer page) {
        Page<Order> batch = orders.findByStatus(OrderStatus.PAID, Pageable.ofSize(500));
        users.findAll(Pageable.ofSize(100));
        users.findAllById(List.of(1L, 2L));
        jdbc.queryForList("SELECT id FROM users WHERE id > ? ORDER BY id LIMIT 500", 0);
        jdbc.queryForList("SELECT id FROM users "
                + "WHERE active = true");
        jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
        Pattern.compile("a").matcher("aaa").results();
        String note = "select your plan from the list";
    }
}

class AdminReport {
    UserRepository users;

    List<User> everyone() {
        return users.findAll();
    }
}
