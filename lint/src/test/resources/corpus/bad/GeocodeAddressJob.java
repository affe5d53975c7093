// corpus: bad ERR005
package corpus.bad;

import dev.errand.Job1;

public class GeocodeAddressJob implements Job1<Long> {
    @Override
    public void perform(Long addressId) {
        try {
            lookup(addressId);
        } catch (RuntimeException e) {
            return;
        }
    }

    private void lookup(Long id) {}
}
