// corpus: bad ERR005
package corpus.bad;

import dev.errand.Job0;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

public class TempFileCleanupJob implements Job0 {
    @Override
    public void perform() {
        try (var files = Files.list(Paths.get("/tmp/uploads"))) {
            files.forEach(this::deleteQuietly);
        } catch (Throwable t) {
        }
    }

    private void deleteQuietly(Path path) {}
}
