package dev.errand.samples.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.errand.samples.app.Contacts;
import dev.errand.samples.app.Imports;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportContactsTest {
    private static final List<String> ROWS =
            IntStream.range(0, 250)
                    .mapToObj(i -> "person" + i + "@example.com, Person " + i)
                    .toList();

    @Test
    void perform_importsEveryRowAndRecordsProgress() {
        Imports imports = new Imports();
        imports.upload(ImportContacts.file(5, ROWS));
        Contacts contacts = new Contacts();

        new ImportContacts(imports, contacts).perform(5L);

        assertThat(contacts.count()).isEqualTo(250);
        assertThat(imports.progress(5)).isEqualTo(new Imports.Progress(250, 250));
    }

    @Test
    void perform_afterAnInterruptedRun_resumesAtTheLastRecordedBatch() {
        Imports imports = new Imports();
        imports.upload(ImportContacts.file(5, ROWS));
        imports.recordProgress(5, 200);
        Contacts contacts = org.mockito.Mockito.mock(Contacts.class);

        new ImportContacts(imports, contacts).perform(5L);

        verify(contacts, times(50)).upsert(anyString(), anyString());
        verify(contacts, never()).upsert("person0@example.com", "Person 0");
        verify(contacts).upsert("person249@example.com", "Person 249");
        assertThat(imports.progress(5).finished()).isTrue();
    }
}
