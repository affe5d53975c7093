package dev.errand.samples.jobs;

import dev.errand.Backoff;
import dev.errand.Job1;
import dev.errand.JobSpec;
import dev.errand.samples.app.Contacts;
import dev.errand.samples.app.Imports;
import dev.errand.samples.app.Imports.ImportFile;
import java.time.Duration;
import java.util.List;

/**
 * Imports an uploaded contacts file, recording its progress after every batch of rows.
 *
 * <p>The progress serves twice: the application shows it to the user while the import runs, and a
 * retried import resumes after the last recorded batch instead of starting over. Rows are written
 * by email, so the few rows of a batch that was interrupted half way are simply written again.
 */
public final class ImportContacts implements Job1<Long> {

    public static final JobSpec<ImportContacts> SPEC =
            JobSpec.of(ImportContacts.class)
                    .queue("imports")
                    .retry(3)
                    .retryIn(Backoff.fixed(Duration.ofSeconds(30)))
                    .build();

    /** Rows written between two progress records. */
    static final int BATCH = 100;

    private final Imports imports;
    private final Contacts contacts;

    public ImportContacts(Imports imports, Contacts contacts) {
        this.imports = imports;
        this.contacts = contacts;
    }

    @Override
    public void perform(Long importId) {
        List<String> rows = imports.find(importId).rows();
        int done = imports.progress(importId).rowsDone();

        while (done < rows.size()) {
            int end = Math.min(rows.size(), done + BATCH);
            rows.subList(done, end).forEach(this::importRow);
            done = end;
            imports.recordProgress(importId, done);
        }
    }

    private void importRow(String row) {
        String[] fields = row.split(",", 2);
        contacts.upsert(fields[0].trim(), fields.length > 1 ? fields[1].trim() : "");
    }

    /** A file to import, for the sample app and the tests. */
    public static ImportFile file(long id, List<String> rows) {
        return new ImportFile(id, List.copyOf(rows));
    }
}
