package dev.errand.worker;

import dev.errand.InvalidJobArgumentException;
import dev.errand.Job;
import dev.errand.Job0;
import dev.errand.Job1;
import dev.errand.Job2;
import dev.errand.Job3;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.wire.ArgumentTypes;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Calls {@code perform} on a fresh job instance with the payload's arguments converted to the
 * declared types. A count or type mismatch is an {@link InvalidJobArgumentException} that names the
 * position, the expected type and what the payload holds. Public so the testing module's harness
 * runs jobs exactly as the worker does; not part of the user-facing API.
 */
public final class Invoker {

    private Invoker() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void invoke(Job job, JobSpec<?> spec, List<Object> args) throws Exception {
        if (job instanceof RawJob raw) {
            raw.perform(Collections.unmodifiableList(new ArrayList<>(args)));
            return;
        }
        List<Type> types = spec.argumentTypes().orElse(null);
        checkCount(spec, types, args);
        if (job instanceof Job0 job0) {
            job0.perform();
        } else if (job instanceof Job1 job1) {
            job1.perform(convert(spec, types, args, 0));
        } else if (job instanceof Job2 job2) {
            job2.perform(convert(spec, types, args, 0), convert(spec, types, args, 1));
        } else if (job instanceof Job3 job3) {
            job3.perform(
                    convert(spec, types, args, 0),
                    convert(spec, types, args, 1),
                    convert(spec, types, args, 2));
        } else {
            for (int i = 0; i < args.size(); i++) {
                convert(spec, types, args, i);
            }
        }
    }

    /** Without declared types (a raw spec), any count fits and every argument passes as read. */
    private static void checkCount(JobSpec<?> spec, List<Type> types, List<Object> args) {
        if (types != null && types.size() != args.size()) {
            throw new InvalidJobArgumentException(
                    spec.className()
                            + " takes "
                            + types.size()
                            + " argument(s) but the payload holds "
                            + args.size());
        }
    }

    private static Object convert(JobSpec<?> spec, List<Type> types, List<Object> args, int i) {
        Type declared = types == null ? Object.class : types.get(i);
        return ArgumentTypes.convert(spec.className(), i, args.get(i), declared);
    }
}
