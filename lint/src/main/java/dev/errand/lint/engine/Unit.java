package dev.errand.lint.engine;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a rule sees of the compilation unit it is checking: the compiler's type utilities, lookups
 * from trees to elements and types, the Errand API recogniser, and the reporting path.
 *
 * <p>Reporting applies the lint's own suppression (javac ignores {@code @SuppressWarnings} for
 * processor messages): a finding is dropped when any enclosing class, method or variable
 * declaration carries {@code @SuppressWarnings("errand")}, {@code "errand:<Name>"} or {@code
 * "errand:<ID>"}, or is marked {@code @Generated}. It then maps the configured severity to a javac
 * diagnostic and prints at most one message per rule and source position.
 */
public final class Unit {

    private final Trees trees;
    private final Types types;
    private final Elements elements;
    private final CompilationUnitTree compilationUnit;
    private final TreePath root;
    private final ErrandApi api;
    private final JsonTypes json;
    private final KnownTypes known;
    private final Map<Name, String> names;
    private final Settings settings;
    private final Set<String> reported = new HashSet<>();

    Unit(
            Trees trees,
            Types types,
            Elements elements,
            CompilationUnitTree compilationUnit,
            ErrandApi api,
            JsonTypes json,
            KnownTypes known,
            Map<Name, String> names,
            Settings settings) {
        this.trees = trees;
        this.types = types;
        this.elements = elements;
        this.compilationUnit = compilationUnit;
        this.root = new TreePath(compilationUnit);
        this.api = api;
        this.json = json;
        this.known = known;
        this.names = names;
        this.settings = settings;
    }

    public Types types() {
        return types;
    }

    public Elements elements() {
        return elements;
    }

    public ErrandApi api() {
        return api;
    }

    public JsonTypes json() {
        return json;
    }

    public KnownTypes known() {
        return known;
    }

    /**
     * The simple name of the called method, as {@link Code#methodName} gives it, but converted once
     * per compilation: javac keeps names as bytes and decodes them on every toString.
     */
    public String methodName(MethodInvocationTree call) {
        ExpressionTree select = call.getMethodSelect();
        Name name =
                select instanceof MemberSelectTree
                        ? ((MemberSelectTree) select).getIdentifier()
                        : ((IdentifierTree) select).getName();
        String text = names.get(name);
        if (text == null) {
            text = name.toString();
            names.put(name, text);
        }
        return text;
    }

    public SourcePositions positions() {
        return trees.getSourcePositions();
    }

    public long start(Tree tree) {
        return positions().getStartPosition(compilationUnit, tree);
    }

    public long end(Tree tree) {
        return positions().getEndPosition(compilationUnit, tree);
    }

    /** The source text of a tree, or "" when the source cannot be read. */
    public String source(Tree tree) {
        try {
            CharSequence text = compilationUnit.getSourceFile().getCharContent(true);
            long start = start(tree);
            long end = end(tree);
            return start < 0 || end > text.length()
                    ? ""
                    : text.subSequence((int) start, (int) end).toString();
        } catch (java.io.IOException unreadable) {
            return "";
        }
    }

    /** The element a tree refers to (a variable, method or class), or null. */
    public Element element(Tree tree) {
        return trees.getElement(new TreePath(root, tree));
    }

    /** The attributed type of an expression, or null. */
    public TypeMirror type(Tree tree) {
        return trees.getTypeMirror(new TreePath(root, tree));
    }

    /** The method a call resolves to, or null when javac could not resolve it. */
    public ExecutableElement method(MethodInvocationTree call) {
        Element element = element(call.getMethodSelect());
        return element instanceof ExecutableElement ? (ExecutableElement) element : null;
    }

    /** The declaration tree of an element compiled in this run (a method, say), or null. */
    public Tree tree(Element element) {
        return element == null ? null : trees.getTree(element);
    }

    /** The nearest enclosing named class (anonymous classes belong to their host). */
    public TypeElement enclosingClass(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree
                    && !((ClassTree) p.getLeaf()).getSimpleName().contentEquals("")) {
                Element element = trees.getElement(p);
                return element instanceof TypeElement ? (TypeElement) element : null;
            }
        }
        return null;
    }

    /** Whether the code at this path belongs to a job class. */
    public boolean inJob(TreePath path) {
        TypeElement type = enclosingClass(path);
        return type != null && api.isJob(type);
    }

    void report(Rule rule, TreePath path, Tree at, String message) {
        Severity severity = settings.severityOf(rule);
        if (severity == Severity.OFF || suppressed(path, rule)) {
            return;
        }
        if (!reported.add(rule.id() + "@" + start(at))) {
            return;
        }
        trees.printMessage(
                severity.kind(),
                "[" + rule.id() + " " + rule.name() + "] " + message,
                at,
                compilationUnit);
    }

    private static boolean suppressed(TreePath path, Rule rule) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (Code.modifiers(leaf) == null) {
                continue;
            }
            if (Code.annotation(leaf, "Generated") != null) {
                return true;
            }
            AnnotationTree suppress = Code.annotation(leaf, "SuppressWarnings");
            if (suppress != null && names(rule, Code.stringValues(suppress, "value"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Rule rule, Iterable<String> values) {
        for (String value : values) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.equals("errand")
                    || v.equals("errand:" + rule.name().toLowerCase(Locale.ROOT))
                    || v.equals("errand:" + rule.id().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
