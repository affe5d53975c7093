// GOOD: RawJob reading List<Object> args
package com.acme.worker;

import com.acme.domain.User;
import com.acme.repo.UserRepository;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import java.util.List;

public class LegacyRubyPortJob implements RawJob {
    public static final JobSpec<LegacyRubyPortJob> SPEC =
            JobSpec.of(LegacyRubyPortJob.class).className("Accounts::TouchUserWorker").build();
    private final UserRepository users;

    public LegacyRubyPortJob(UserRepository users) {
        this.users = users;
    }

    @Override
    public void perform(List<Object> args) {
        long userId = ((Number) args.get(0)).longValue();
        String locale = (String) args.get(1);
        User u = users.findById(userId).orElseThrow();
        u.setLocale(locale);
        users.save(u);
    }
}
