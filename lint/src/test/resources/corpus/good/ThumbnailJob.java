// corpus: good
package corpus.good;

import com.acme.shop.ImageStore;
import dev.errand.Job1;
import java.util.List;

public class ThumbnailJob implements Job1<List<String>> {
    ImageStore images;

    @Override
    public void perform(List<String> keys) {
        for (String key : keys) {
            images.saveThumbnail(key + "-thumb", shrink(images.load(key)));
        }
    }

    private byte[] shrink(byte[] image) {
        return image;
    }
}
