package fixtures;

import com.acme.shop.Mailer;
import dev.errand.Job1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ImportFeed implements Job1<String> {
    private static final Logger log = LoggerFactory.getLogger(ImportFeed.class);
    Mailer mailer;

    @Override
    public void perform(String url) {
        try {
            download(url);
        } catch (Exception e) { // BUG: ERR005
            log.error("import failed for {}", url, e);
        }
        try {
            download(url);
        } catch (IOException | RuntimeException e) { // BUG: ERR005
            log.warn("ignored", e);
        }
        try {
            download(url);
        } catch (Throwable t) { // BUG: ERR005
        }
        try {
            download(url);
        } catch (IOException e) { // BUG: ERR005
        }
        try {
            Thread.sleep(10); // BUG: ERR004
        } catch (InterruptedException e) { // BUG: ERR006
            log.info("interrupted");
        }
        try {
            Thread.sleep(10); // BUG: ERR004
        } catch (InterruptedException ignored) { // BUG: ERR006
        }
    }

    void fetchAvatar(String url) {
        try {
            download(url);
        } catch (IOException e) { // BUG: ERR005
            log.warn("avatar download failed", e);
        }
    }

    void download(String url) throws IOException {}
}

// Negative: rethrown, wrapped, narrow with a body, commented empty catch, interrupt restored.
class ImportFeedProperly implements Job1<String> {
    private static final Logger log = LoggerFactory.getLogger(ImportFeedProperly.class);

    @Override
    public void perform(String url) throws Exception {
        try {
            download(url);
        } catch (Exception e) {
            log.error("import failed for {}", url, e);
            throw e;
        }
        try {
            download(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            download(url);
        } catch (NoSuchElementException gone) {
            log.info("feed {} is gone, nothing to import", url);
            return;
        }
        try {
            download(url);
        } catch (IllegalStateException e) {
            // The feed is optional: an empty import is the expected outcome.
        }
        try {
            waitForLock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            waitForLock();
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
        }
    }

    void download(String url) throws IOException {}

    void waitForLock() throws InterruptedException {}
}

class NotAJobService {
    void load() {
        try {
            Thread.sleep(1);
        } catch (Exception e) {
        }
    }
}

class IndexBatch implements Job1<List<String>> {
    @Override
    public void perform(List<String> urls) {
        List<RuntimeException> failures = new ArrayList<>();
        for (String url : urls) {
            try {
                index(url);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " urls failed", failures.get(0));
        }
    }

    void collectOnly(List<String> urls) {
        List<RuntimeException> failures = new ArrayList<>();
        for (String url : urls) {
            try {
                index(url);
            } catch (RuntimeException e) { // BUG: ERR005
                failures.add(e);
            }
        }
        System.out.println(failures.size() + " failed");
    }

    void index(String url) {}
}
