// INTENDED: ERR007 - userRepository.streamAll()
package com.acme.jobs;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import com.acme.storage.BlobStore;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class ExportUsersCsvJob implements Job1<String> {
    public static final JobSpec<ExportUsersCsvJob> SPEC =
            JobSpec.of(ExportUsersCsvJob.class).queue("exports").build();
    private final UserRepository users;
    private final BlobStore store;

    public ExportUsersCsvJob(UserRepository users, BlobStore store) {
        this.users = users;
        this.store = store;
    }

    @Override
    public void perform(String exportKey) {
        String csv;
        try (Stream<User> all = users.streamAll()) {
            csv = all.map(u -> u.getId() + "," + u.getEmail()).collect(Collectors.joining("\n"));
        }
        store.put(exportKey, csv.getBytes(StandardCharsets.UTF_8));
    }
}
