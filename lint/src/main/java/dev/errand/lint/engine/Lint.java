package dev.errand.lint.engine;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The engine: a javac task listener that runs the rules over each class when javac reports the
 * ANALYZE event for it. At that point the class is fully attributed (every call resolved, every
 * expression typed) and other processors have finished, so results do not depend on processor
 * order.
 *
 * <p>Each class is checked once: javac may report a member class on its own after its outer
 * class, and the outer scan has already covered it. All rules share one walk of the tree; rules
 * marked job-only are left out for classes that contain no job, which is most of a typical code
 * base.
 */
public final class Lint implements TaskListener {

    private final Trees trees;
    private final ProcessingEnvironment env;
    private final List<Rule> rules;
    private final Settings settings;
    private final ErrandApi api;
    private final JsonTypes json;
    private final Set<Tree> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    private Lint(Trees trees, ProcessingEnvironment env, List<Rule> rules, Settings settings) {
        this.trees = trees;
        this.env = env;
        this.rules = rules;
        this.settings = settings;
        this.api = new ErrandApi(env.getTypeUtils());
        this.json = new JsonTypes(env.getTypeUtils(), env.getElementUtils());
    }

    /**
     * Registers the listener with the running compilation. Returns false when the environment is
     * not javac's (or a wrapper around it that can be unwrapped), in which case nothing runs.
     */
    public static boolean install(ProcessingEnvironment env, List<Rule> rules, Settings settings) {
        ProcessingEnvironment javac = unwrap(env);
        if (javac == null) {
            return false;
        }
        JavacTask task = JavacTask.instance(javac);
        task.addTaskListener(new Lint(Trees.instance(javac), javac, rules, settings));
        return true;
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        TreePath classPath = trees.getPath(event.getTypeElement());
        if (classPath == null || !checked.add(classPath.getLeaf())) {
            return;
        }
        markMemberClasses(classPath.getLeaf());
        CompilationUnitTree compilationUnit = event.getCompilationUnit();
        Unit unit = new Unit(trees, env.getTypeUtils(), env.getElementUtils(), compilationUnit,
                api, json, settings);
        boolean hasJob = containsJob(classPath);
        List<Rule> active = new ArrayList<>();
        for (Rule rule : rules) {
            if ((hasJob || !rule.jobsOnly()) && settings.severityOf(rule) != Severity.OFF) {
                active.add(rule);
            }
        }
        if (!active.isEmpty()) {
            new Dispatcher(active, unit).walk(classPath);
        }
    }

    private void markMemberClasses(Tree classTree) {
        for (Tree member : ((ClassTree) classTree).getMembers()) {
            if (member instanceof ClassTree) {
                checked.add(member);
                markMemberClasses(member);
            }
        }
    }

    private boolean containsJob(TreePath classPath) {
        List<TreePath> pending = new ArrayList<>(List.of(classPath));
        while (!pending.isEmpty()) {
            TreePath path = pending.remove(pending.size() - 1);
            Element element = trees.getElement(path);
            if (element instanceof TypeElement && api.isJob((TypeElement) element)) {
                return true;
            }
            for (Tree member : ((ClassTree) path.getLeaf()).getMembers()) {
                if (member instanceof ClassTree) {
                    pending.add(new TreePath(path, member));
                }
            }
        }
        return false;
    }

    /**
     * IntelliJ and some build tools hand processors a wrapper around javac's environment, on
     * which {@code JavacTask.instance} fails. Try the known ways to reach the real one.
     */
    private static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
        for (int depth = 0; env != null && depth < 5; depth++) {
            try {
                JavacTask.instance(env);
                return env;
            } catch (IllegalArgumentException notJavac) {
                env = delegateOf(env);
            }
        }
        return null;
    }

    private static ProcessingEnvironment delegateOf(ProcessingEnvironment env) {
        try {
            Class<?> wrappers = Class.forName("org.jetbrains.jps.javac.APIWrappers");
            Method unwrap = wrappers.getMethod("unwrap", Class.class, Object.class);
            Object unwrapped = unwrap.invoke(null, ProcessingEnvironment.class, env);
            if (unwrapped != env) {
                return (ProcessingEnvironment) unwrapped;
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notIntelliJ) {
            // Not running inside IntelliJ's build: look for a delegate field instead.
        }
        for (Class<?> c = env.getClass(); c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        return (ProcessingEnvironment) field.get(env);
                    } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
