// GOOD: empty narrow catch with an explanatory comment
package com.acme.worker;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;
import java.util.Locale;

public class LocaleBackfillJob implements Job1<List<Long>> {
    public static final JobSpec<LocaleBackfillJob> SPEC =
            JobSpec.of(LocaleBackfillJob.class).build();
    private final UserRepository users;

    public LocaleBackfillJob(UserRepository users) {
        this.users = users;
    }

    @Override
    public void perform(List<Long> ids) {
        for (User u : users.findAllById(ids)) {
            String tag = "en";
            try {
                tag = Locale.forLanguageTag(u.getLocale()).toLanguageTag();
            } catch (NullPointerException noLocale) {
                // users created before 2019 have no locale: keep the default
            }
            u.setLocale(tag);
        }
        users.saveAll(users.findAllById(ids));
    }
}
