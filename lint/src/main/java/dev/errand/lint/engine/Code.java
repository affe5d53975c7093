package dev.errand.lint.engine;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Small syntactic helpers shared by the rules: method names, receivers, annotations on
 * declarations, and the words that identifiers and string literals are made of. Nothing here needs
 * type information.
 */
public final class Code {

    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Code() {}

    public static ExpressionTree skipParens(ExpressionTree tree) {
        while (tree instanceof ParenthesizedTree) {
            tree = ((ParenthesizedTree) tree).getExpression();
        }
        return tree;
    }

    /** Source-like text of a tree, cut to fit in a message. */
    public static String brief(Tree tree) {
        String text = SPACES.matcher(tree.toString()).replaceAll(" ");
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** The simple name of the called method ({@code send} for {@code mailer.send(x)}). */
    public static String methodName(MethodInvocationTree call) {
        ExpressionTree select = call.getMethodSelect();
        if (select instanceof MemberSelectTree) {
            return ((MemberSelectTree) select).getIdentifier().toString();
        }
        return ((IdentifierTree) select).getName().toString();
    }

    /** The receiver expression of a call, or null for an unqualified call. */
    public static ExpressionTree receiver(MethodInvocationTree call) {
        ExpressionTree select = call.getMethodSelect();
        return select instanceof MemberSelectTree
                ? ((MemberSelectTree) select).getExpression()
                : null;
    }

    /** The modifiers of a class, method or variable declaration, or null for any other tree. */
    public static ModifiersTree modifiers(Tree tree) {
        if (tree instanceof ClassTree) {
            return ((ClassTree) tree).getModifiers();
        }
        if (tree instanceof MethodTree) {
            return ((MethodTree) tree).getModifiers();
        }
        if (tree instanceof VariableTree) {
            return ((VariableTree) tree).getModifiers();
        }
        return null;
    }

    /** The annotation with this simple name on a declaration, or null. */
    public static AnnotationTree annotation(Tree declaration, String simpleName) {
        ModifiersTree modifiers = modifiers(declaration);
        if (modifiers == null) {
            return null;
        }
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            if (simpleNameIs(annotation.getAnnotationType(), simpleName)) {
                return annotation;
            }
        }
        return null;
    }

    /** Whether a type name as written ({@code Foo} or {@code a.b.Foo}) ends in this simple name. */
    private static boolean simpleNameIs(Tree type, String simpleName) {
        if (type instanceof IdentifierTree) {
            return ((IdentifierTree) type).getName().contentEquals(simpleName);
        }
        if (type instanceof MemberSelectTree) {
            return ((MemberSelectTree) type).getIdentifier().contentEquals(simpleName);
        }
        String text = type.toString();
        return text.equals(simpleName) || text.endsWith("." + simpleName);
    }

    /** Whether an expression is the plain {@code this}. */
    public static boolean isThis(ExpressionTree tree) {
        return tree instanceof IdentifierTree
                && ((IdentifierTree) tree).getName().contentEquals("this");
    }

    /** The string constants written as an annotation's attribute {@code name}. */
    public static List<String> stringValues(AnnotationTree annotation, String name) {
        List<String> values = new ArrayList<>();
        for (ExpressionTree argument : annotation.getArguments()) {
            ExpressionTree value = argument;
            if (argument instanceof AssignmentTree) {
                AssignmentTree assignment = (AssignmentTree) argument;
                if (!assignment.getVariable().toString().equals(name)) {
                    continue;
                }
                value = assignment.getExpression();
            } else if (!name.equals("value")) {
                continue;
            }
            List<? extends ExpressionTree> items =
                    value instanceof NewArrayTree
                            ? ((NewArrayTree) value).getInitializers()
                            : List.of(value);
            for (ExpressionTree item : items) {
                Object constant =
                        item instanceof LiteralTree ? ((LiteralTree) item).getValue() : null;
                if (constant instanceof String) {
                    values.add((String) constant);
                }
            }
        }
        return values;
    }

    /** The nearest enclosing method declaration, or null. */
    public static TreePath enclosingMethod(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree) {
                return p;
            }
            if (p.getLeaf() instanceof ClassTree) {
                return null;
            }
        }
        return null;
    }

    /**
     * The lower-case words of every identifier, member name and string literal under a tree: {@code
     * order.isReceiptSent()} gives order, is, receipt, sent.
     */
    public static Set<String> words(Tree tree) {
        Set<String> words = new LinkedHashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                words.addAll(words(node.getName().toString()));
                return null;
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                words.addAll(words(node.getIdentifier().toString()));
                return super.visitMemberSelect(node, unused);
            }

            @Override
            public Void visitLiteral(LiteralTree node, Void unused) {
                if (node.getValue() instanceof String) {
                    words.addAll(words((String) node.getValue()));
                }
                return null;
            }
        }.scan(tree, null);
        return words;
    }

    /** Splits camelCase, snake_case and free text into lower-case words; memoised. */
    public static List<String> words(String text) {
        List<String> words = WORDS.get(text);
        if (words != null) {
            return words;
        }
        if (WORDS.size() > 100_000) {
            WORDS.clear();
        }
        return WORDS.computeIfAbsent(text, Code::split);
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary =
                    !Character.isLetterOrDigit(c)
                            || (Character.isUpperCase(c)
                                    && i > 0
                                    && Character.isLowerCase(text.charAt(i - 1)));
            if (boundary && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(words);
    }
}
