// corpus: bad ERR010
package corpus.bad;

import com.acme.shop.ImageStore;
import dev.errand.Job1;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ParallelThumbnailJob implements Job1<List<String>> {
    ImageStore images;

    @Override
    public void perform(List<String> keys) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (String key : keys) {
            pool.submit(() -> images.saveThumbnail(key + "-thumb", shrink(images.load(key))));
        }
        pool.shutdown();
    }

    private byte[] shrink(byte[] image) {
        return image;
    }
}
