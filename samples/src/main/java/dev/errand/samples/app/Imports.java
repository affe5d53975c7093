package dev.errand.samples.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploaded contact files and how far each import has got. The progress is what the application
 * shows the user ("1,200 of 5,000 rows") and what a retried import resumes from.
 */
public class Imports {

    /** An uploaded file: one {@code email,name} row per line. */
    public record ImportFile(long id, List<String> rows) {}

    /** How far an import has got. */
    public record Progress(int rowsDone, int rowsTotal) {
        public boolean finished() {
            return rowsDone >= rowsTotal;
        }
    }

    private final Map<Long, ImportFile> files = new ConcurrentHashMap<>();
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

    public void upload(ImportFile file) {
        files.put(file.id(), file);
        progress.put(file.id(), new Progress(0, file.rows().size()));
    }

    public ImportFile find(long id) {
        ImportFile file = files.get(id);
        if (file == null) {
            throw new IllegalArgumentException("import " + id + " does not exist");
        }
        return file;
    }

    public Progress progress(long id) {
        return progress.getOrDefault(id, new Progress(0, 0));
    }

    public void recordProgress(long id, int rowsDone) {
        progress.computeIfPresent(id, (key, old) -> new Progress(rowsDone, old.rowsTotal()));
    }
}
