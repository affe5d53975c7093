package dev.errand.lint.engine;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * The engine: a javac task listener that runs the rules over each class when javac reports the
 * ANALYZE event for it. At that point the class is fully attributed (every call resolved, every
 * expression typed) and other processors have finished, so results do not depend on processor
 * order. It is registered either by the annotation processor or by the javac plugin, never both
 * (see {@link Activation}).
 *
 * <p>Each class is checked once: javac may report a member class on its own after its outer class,
 * and the outer scan has already covered it. All rules share one walk of the tree, and each node
 * goes only to the rules that look at its kind. Rules marked job-only are left out for classes that
 * contain no job, which is most of a typical code base; such a class is not walked at all unless a
 * quick scan finds a call into the Errand library or a {@code perform} method.
 */
public final class Lint implements TaskListener {

    private final JavacTask task;
    private final Trees trees;
    private final Types types;
    private final Elements elements;
    private final Settings settings;
    private final ErrandApi api;
    private final KnownTypes known;
    private final JsonTypes json;
    private final Map<Name, String> names = new HashMap<>();

    /** The enabled rules, for classes that contain a job. */
    private final Dispatcher.Hooks jobHooks;

    /** The enabled rules that also look outside jobs, for the other classes. */
    private final Dispatcher.Hooks otherHooks;

    private final boolean plugin;
    private final Set<Tree> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Messages about the plugin's arguments, printed once javac has a source to print with. */
    private List<Map.Entry<Diagnostic.Kind, String>> pending;

    private Lint(JavacTask task, List<Rule> rules, Settings settings, boolean plugin) {
        this.task = task;
        this.trees = Trees.instance(task);
        this.types = task.getTypes();
        this.elements = task.getElements();
        this.settings = settings;
        this.api = new ErrandApi(types);
        this.known = new KnownTypes(types, elements);
        this.json = new JsonTypes(types, known);
        this.plugin = plugin;
        List<Rule> enabled = new ArrayList<>();
        List<Rule> anywhere = new ArrayList<>();
        for (Rule rule : rules) {
            if (settings.severityOf(rule) != Severity.OFF) {
                enabled.add(rule);
                if (!rule.jobsOnly()) {
                    anywhere.add(rule);
                }
            }
        }
        this.jobHooks = new Dispatcher.Hooks(enabled, api);
        this.otherHooks = new Dispatcher.Hooks(anywhere, api);
    }

    /**
     * The javac task behind a processing environment, unwrapping IntelliJ's and other wrappers, or
     * null when the environment is not javac's.
     */
    public static JavacTask javacTask(ProcessingEnvironment env) {
        ProcessingEnvironment javac = unwrap(env);
        return javac == null ? null : JavacTask.instance(javac);
    }

    /** Whether the javac plugin analyses this compilation, so the processor must stay idle. */
    public static boolean pluginActive(JavacTask task) {
        return Activation.pluginActive(task);
    }

    /** Registers the listener for the annotation processor. */
    public static void install(JavacTask task, List<Rule> rules, Settings settings) {
        task.addTaskListener(new Lint(task, rules, settings, false));
    }

    /**
     * Registers the listener for the javac plugin, with its arguments as options, and marks the
     * compilation so that the processor, if javac finds it as well, does not analyse again.
     */
    public static void installPlugin(JavacTask task, List<Rule> rules, String... args) {
        List<Map.Entry<Diagnostic.Kind, String>> messages = new ArrayList<>();
        Settings settings =
                Settings.parsePluginArguments(
                        args,
                        rules,
                        new Messager() {
                            @Override
                            public void printMessage(Diagnostic.Kind kind, CharSequence message) {
                                messages.add(Map.entry(kind, message.toString()));
                            }

                            @Override
                            public void printMessage(
                                    Diagnostic.Kind kind, CharSequence message, Element e) {
                                printMessage(kind, message);
                            }

                            @Override
                            public void printMessage(
                                    Diagnostic.Kind kind,
                                    CharSequence message,
                                    Element e,
                                    AnnotationMirror a) {
                                printMessage(kind, message);
                            }

                            @Override
                            public void printMessage(
                                    Diagnostic.Kind kind,
                                    CharSequence message,
                                    Element e,
                                    AnnotationMirror a,
                                    AnnotationValue v) {
                                printMessage(kind, message);
                            }
                        });
        Lint lint = new Lint(task, rules, settings, true);
        lint.pending = messages.isEmpty() ? null : messages;
        Activation.markPlugin(task);
        task.addTaskListener(lint);
    }

    @Override
    public void finished(TaskEvent event) {
        if (pending != null && event.getCompilationUnit() != null) {
            printPending(event.getCompilationUnit());
        }
        if (event.getKind() == TaskEvent.Kind.COMPILATION && plugin) {
            Activation.clear(task);
            return;
        }
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        CompilationUnitTree compilationUnit = event.getCompilationUnit();
        TreePath classPath = pathOf(event.getTypeElement(), compilationUnit);
        if (classPath == null || !checked.add(classPath.getLeaf())) {
            return;
        }
        markMemberClasses(classPath.getLeaf());
        boolean hasJob = containsJob(classPath);
        Dispatcher.Hooks hooks = hasJob ? jobHooks : otherHooks;
        if (hooks.isEmpty()) {
            return;
        }
        Unit unit =
                new Unit(
                        trees, types, elements, compilationUnit, api, json, known, names, settings);
        if (hasJob || new ErrandUse(unit).foundIn(classPath.getLeaf())) {
            new Dispatcher(hooks, unit).walk(classPath);
        }
    }

    /**
     * The path of a class reported by javac: found directly among the unit's top-level classes,
     * which is the usual case; a member class reported on its own is searched for only when the
     * scan of its outer class has not covered it already.
     */
    private TreePath pathOf(TypeElement type, CompilationUnitTree compilationUnit) {
        if (compilationUnit != null) {
            TreePath unitPath = new TreePath(compilationUnit);
            for (Tree declaration : compilationUnit.getTypeDecls()) {
                if (declaration instanceof ClassTree) {
                    TreePath path = new TreePath(unitPath, declaration);
                    if (trees.getElement(path) == type) {
                        return path;
                    }
                }
            }
        }
        Tree tree = trees.getTree(type);
        if (tree != null && checked.contains(tree)) {
            return null;
        }
        return trees.getPath(type);
    }

    /**
     * Whether a class that contains no job still needs the rules that look outside jobs: only a
     * call into the Errand library (an enqueue, a JobSpec builder) or a {@code perform} method (of
     * a local job class) can give them something to report.
     */
    private final class ErrandUse extends TreeScanner<Void, Void> {

        private final Unit unit;
        private boolean found;

        ErrandUse(Unit unit) {
            this.unit = unit;
        }

        boolean foundIn(Tree tree) {
            scan(tree, null);
            return found;
        }

        @Override
        public Void scan(Tree tree, Void unused) {
            return found ? null : super.scan(tree, unused);
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            if (node.getName().contentEquals("perform")) {
                found = true;
                return null;
            }
            return super.visitMethod(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            if (api.isErrandMethod(unit.method(node))) {
                found = true;
                return null;
            }
            return super.visitMethodInvocation(node, unused);
        }
    }

    private void printPending(CompilationUnitTree anyUnit) {
        List<Map.Entry<Diagnostic.Kind, String>> messages = pending;
        pending = null;
        for (Map.Entry<Diagnostic.Kind, String> message : messages) {
            try {
                // A unit without a source file makes javac print the message with no position.
                trees.printMessage(message.getKey(), message.getValue(), anyUnit, noSource());
            } catch (RuntimeException unsupported) {
                trees.printMessage(message.getKey(), message.getValue(), anyUnit, anyUnit);
            }
        }
    }

    /** A unit with no source file: javac prints messages about it without a position. */
    private static CompilationUnitTree noSource() {
        return (CompilationUnitTree)
                Proxy.newProxyInstance(
                        Lint.class.getClassLoader(),
                        new Class<?>[] {CompilationUnitTree.class},
                        (proxy, method, args) -> {
                            switch (method.getName()) {
                                case "equals":
                                    return proxy == args[0];
                                case "hashCode":
                                    return System.identityHashCode(proxy);
                                case "toString":
                                    return "errand-lint options";
                                default:
                                    return null;
                            }
                        });
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
     * IntelliJ and some build tools hand processors a wrapper around javac's environment, on which
     * {@code JavacTask.instance} fails. Try the known ways to reach the real one.
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
