package dev.errand.lint.rules;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * ERR010: work started on another thread escapes the job: the job is acknowledged while the work
 * still runs, a failure there is never retried, and a shutdown loses it. Reports, inside job
 * classes, {@code new Thread(...)} (and Thread subclasses), {@code new Timer()}, new executors and
 * thread pools, {@code Executors.new*}, {@code CompletableFuture.runAsync/supplyAsync}, {@code
 * ForkJoinPool.commonPool()}, virtual-thread starters, and {@code execute}/{@code submit} on an
 * Executor.
 */
public final class ThreadInJob extends Rule {

    private static final Set<String> SUBMIT =
            Set.of(
                    "execute",
                    "submit",
                    "schedule",
                    "scheduleAtFixedRate",
                    "scheduleWithFixedDelay");

    public ThreadInJob() {
        super("ERR010", "ThreadInJob", Severity.WARNING, true);
    }

    @Override
    public void onNewClass(NewClassTree node, TreePath path, Unit unit) {
        TypeMirror type = unit.type(node);
        if (type != null
                && (unit.known().derivesFrom(type, "java.lang.Thread")
                        || unit.known().derivesFrom(type, "java.util.Timer")
                        || unit.known().derivesFrom(type, "java.util.concurrent.Executor"))
                && unit.inJob(path)) {
            reportThread(node, path, unit);
        }
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        switch (api.ownerName(method)) {
            case "java.util.concurrent.Executors":
            case "java.util.concurrent.CompletableFuture":
            case "java.util.concurrent.ForkJoinPool":
            case "java.lang.Thread":
                return true;
            default:
                return SUBMIT.contains(api.name(method));
        }
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (method != null && startsThread(method, call, unit) && unit.inJob(path)) {
            reportThread(call, path, unit);
        }
    }

    private void reportThread(Tree at, TreePath path, Unit unit) {
        report(
                unit,
                path,
                at,
                "'"
                        + Code.brief(at)
                        + "' runs work outside the job, so its failures are not retried and a"
                        + " shutdown loses it. Do the work in the job, or enqueue more jobs"
                        + " (enqueueAll) to run it in parallel");
    }

    private static boolean startsThread(
            ExecutableElement method, MethodInvocationTree call, Unit unit) {
        String name = unit.api().name(method);
        switch (unit.api().ownerName(method)) {
            case "java.util.concurrent.Executors":
                return name.startsWith("new");
            case "java.util.concurrent.CompletableFuture":
                return name.equals("runAsync") || name.equals("supplyAsync");
            case "java.util.concurrent.ForkJoinPool":
                return name.equals("commonPool");
            case "java.lang.Thread":
                return name.equals("startVirtualThread")
                        || name.equals("ofVirtual")
                        || name.equals("ofPlatform");
            default:
                if (!SUBMIT.contains(name) || Code.receiver(call) == null) {
                    return false;
                }
                TypeMirror receiver = unit.type(Code.receiver(call));
                return receiver != null
                        && unit.known().derivesFrom(receiver, "java.util.concurrent.Executor");
        }
    }
}
