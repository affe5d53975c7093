// corpus: bad ERR010
package corpus.bad;

import dev.errand.Job1;

public class BackgroundRefreshJob implements Job1<String> {
    @Override
    public void perform(String cacheKey) {
        Thread refresher = new Thread(() -> refresh(cacheKey), "refresh-" + cacheKey);
        refresher.setDaemon(true);
        refresher.start();
    }

    private void refresh(String key) {}
}
