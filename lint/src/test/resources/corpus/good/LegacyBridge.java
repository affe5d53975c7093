// corpus: good
package corpus.good;

import dev.errand.Errand;
import java.util.List;

public class LegacyBridge {
    private final Errand errand;

    public LegacyBridge(Errand errand) {
        this.errand = errand;
    }

    public String forward(String rubyClass, Long id, String note) {
        return errand.push(rubyClass, "legacy", List.of(id, note));
    }
}
