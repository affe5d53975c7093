package fixtures;

import com.acme.shop.Account;
import com.acme.shop.AccountRepository;
import com.acme.shop.LoyaltyService;
import com.acme.shop.Product;
import com.acme.shop.ProductRepository;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.Idempotent;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.clients.jedis.Jedis;

class CountView implements Job1<Long> {
    ProductRepository products;
    Jedis redis;
    JdbcTemplate jdbc;

    @Override
    public void perform(Long productId) {
        Product product = products.findById(productId).orElseThrow();
        product.setViewCount(product.getViewCount() + 1); // BUG: ERR002
        products.save(product);
        redis.incr("views:" + productId); // BUG: ERR002
        redis.hincrBy("views", String.valueOf(productId), 1); // BUG: ERR002
        redis.lpush("recent", String.valueOf(productId)); // BUG: ERR002
        jdbc.update("UPDATE products SET views = views + 1 WHERE id = ?", productId); // BUG: ERR002
    }
}

class TopUp implements Job2<Long, Long> {
    AccountRepository accounts;
    LoyaltyService loyalty;

    @Override
    public void perform(Long accountId, Long cents) {
        Account account = accounts.getReferenceById(accountId);
        BigDecimal current = account.getBalance();
        account.setBalance(current.add(BigDecimal.valueOf(cents))); // BUG: ERR002
        account.setCredits(account.getCredits() - 1); // BUG: ERR002
        accounts.incrementCredits(accountId, 5); // BUG: ERR002
        loyalty.addPoints(account.getOwnerId(), 10); // BUG: ERR002
        Counters counters = new Counters();
        counters.total += cents; // BUG: ERR002
    }

    static class Counters {
        long total;
    }
}

class Payout implements Job2<Long, Long> {
    interface Wallet {
        void deposit(Long accountId, long cents);
        void reduceStock(Long productId, int quantity);
        void reduce(Long id);
    }

    Wallet wallet;

    @Override
    public void perform(Long accountId, Long cents) {
        wallet.deposit(accountId, cents); // BUG: ERR002
        wallet.reduceStock(accountId, 1); // BUG: ERR002
        wallet.reduce(accountId);
    }
}

// Negative: absolute writes, in-memory counters, metrics, guarded or declared idempotent jobs.
class SyncStock implements Job2<Long, Integer> {
    ProductRepository products;
    MeterRegistry metrics;
    int processed;

    @Override
    public void perform(Long productId, Integer stock) {
        Product product = products.findById(productId).orElseThrow();
        product.setStock(stock);
        metrics.counter("stock.synced").increment();
        AtomicInteger local = new AtomicInteger();
        local.incrementAndGet();
        processed++;
        this.processed += 1;
        int attempts = 0;
        attempts++;
        StringBuilder note = new StringBuilder();
        note.append("synced");
    }
}

@Idempotent(reason = "the ledger row is keyed by the job id; a rerun hits the unique index")
class ApplyBonus implements Job1<Long> {
    AccountRepository accounts;

    @Override
    public void perform(Long accountId) {
        Account account = accounts.getReferenceById(accountId);
        account.setCredits(account.getCredits() + 100);
    }
}

class GuardedTopUp implements Job2<Long, String> {
    AccountRepository accounts;
    Jedis redis;

    @Override
    public void perform(Long accountId, String transferId) {
        if (redis.setnx("transfer:" + transferId, "1") == 0) {
            return;
        }
        Account account = accounts.getReferenceById(accountId);
        account.setCredits(account.getCredits() + 100);
    }
}

class Blank {
    @Idempotent(reason = " ")
    static class NotReallyDeclared implements Job1<Long> {
        Jedis redis;

        @Override
        public void perform(Long id) {
            redis.incr("x"); // BUG: ERR002
        }
    }
}

class StepThroughLocals implements Job2<Long, Long> {
    AccountRepository accounts;

    @Override
    public void perform(Long accountId, Long amount) {
        Account account = accounts.findById(accountId).orElseThrow();
        long next = account.getCredits() + amount;
        account.setCredits(next); // BUG: ERR002
        grant(account, amount);
        BigDecimal balance = account.getBalance();
        balance = balance.add(BigDecimal.ONE);
        account.setBalance(balance); // BUG: ERR002
        accounts.save(account);
    }

    private void grant(Account account, long amount) {
        long credits = account.getCredits();
        credits += amount;
        account.setCredits(credits); // BUG: ERR002
    }
}

class AbsoluteThroughLocals implements Job2<Long, Long> {
    AccountRepository accounts;
    Jedis redis;

    @Override
    public void perform(Long accountId, Long amount) {
        Account account = accounts.findById(accountId).orElseThrow();
        long credits = account.getCredits();
        if (credits < amount) {
            credits = amount;
        }
        account.setCredits(credits);
        long total = 0;
        total += amount;
        account.setCredits(total);
        accounts.save(account);
        redis.sadd("accounts", String.valueOf(accountId));
        redis.pfadd("accounts-hll", String.valueOf(accountId));
        redis.hset("account:" + accountId, "credits", String.valueOf(amount));
        redis.expire("account:" + accountId, 60);
        redis.rpush("log", String.valueOf(accountId)); // BUG: ERR002
        redis.zincrby("ranks", 1.0, String.valueOf(accountId)); // BUG: ERR002
    }
}
