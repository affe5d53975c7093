package dev.errand.lint.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The lint's configuration, read from javac's {@code -A} options (processor) or from the arguments
 * of {@code -Xplugin:"ErrandLint ..."} (plugin), which take the same keys:
 *
 * <ul>
 *   <li>{@code errand.<Name>=off|note|warning|error} or {@code errand.<ID>=...} sets one rule's
 *       severity ({@code -Aerrand.SleepInJob=error}, {@code -Aerrand.ERR004=off});
 *   <li>{@code errand.disable=Name,ID,...} turns several rules off at once;
 *   <li>{@code errand.strict=true} reports every finding of an enabled rule as an error, so the
 *       build fails.
 * </ul>
 *
 * A value it does not understand is reported once as a warning and otherwise ignored, so a typo
 * never silently turns a rule off.
 */
public final class Settings {

    public static final String PREFIX = "errand.";

    private final Map<String, Severity> severities;
    private final boolean strict;

    private Settings(Map<String, Severity> severities, boolean strict) {
        this.severities = severities;
        this.strict = strict;
    }

    /** Every option name the processor declares, so javac does not call them unrecognised. */
    public static Set<String> optionNames(List<Rule> rules) {
        Set<String> names = new LinkedHashSet<>(List.of(PREFIX + "strict", PREFIX + "disable"));
        for (Rule rule : rules) {
            names.add(PREFIX + rule.name());
            names.add(PREFIX + rule.id());
        }
        return names;
    }

    /** Settings with every rule at its default severity. */
    public static Settings defaults() {
        return new Settings(Map.of(), false);
    }

    /** Reads the processor's {@code -A} options. */
    public static Settings parse(Map<String, String> options, List<Rule> rules, Messager messager) {
        return parse(options, rules, "-A", messager);
    }

    /**
     * Reads the plugin's arguments ({@code errand.strict=true}, {@code errand.ERR004=off}...); an
     * argument without a value means {@code true}. Unknown keys are reported, since javac does not
     * check plugin arguments.
     */
    public static Settings parsePluginArguments(
            String[] args, List<Rule> rules, Messager messager) {
        Set<String> known = optionNames(rules);
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            int eq = arg.indexOf('=');
            String key = (eq < 0 ? arg : arg.substring(0, eq)).trim();
            String value = eq < 0 ? "true" : arg.substring(eq + 1).trim();
            if (known.contains(key)) {
                options.put(key, value);
            } else {
                messager.printMessage(
                        Diagnostic.Kind.WARNING,
                        "errand-lint: unknown plugin"
                                + " argument '"
                                + arg
                                + "'; expected errand.<Rule>=off|note|warning|error,"
                                + " errand.disable=Rule,... or errand.strict=true");
            }
        }
        return parse(options, rules, "", messager);
    }

    private static Settings parse(
            Map<String, String> options, List<Rule> rules, String flag, Messager messager) {
        Map<String, Severity> severities = new HashMap<>();
        for (Rule rule : rules) {
            for (String key : List.of(rule.name(), rule.id())) {
                String value = options.get(PREFIX + key);
                if (value != null) {
                    severities.put(rule.id(), severityOrWarn(flag, key, value, rule, messager));
                }
            }
        }
        String disabled = options.getOrDefault(PREFIX + "disable", "");
        for (String key : disabled.split(",")) {
            if (key.isBlank()) {
                continue;
            }
            Rule rule = find(rules, key.trim());
            if (rule == null) {
                messager.printMessage(
                        Diagnostic.Kind.WARNING,
                        "errand-lint: "
                                + flag
                                + PREFIX
                                + "disable names an unknown rule '"
                                + key.trim()
                                + "'");
            } else {
                severities.put(rule.id(), Severity.OFF);
            }
        }
        boolean strict = Boolean.parseBoolean(options.getOrDefault(PREFIX + "strict", "false"));
        return new Settings(severities, strict);
    }

    /** The severity in force for this rule: OFF, or ERROR in strict mode, or the configured one. */
    public Severity severityOf(Rule rule) {
        Severity configured = severities.getOrDefault(rule.id(), rule.defaultSeverity());
        if (configured == Severity.OFF) {
            return Severity.OFF;
        }
        return strict ? Severity.ERROR : configured;
    }

    private static Severity severityOrWarn(
            String flag, String key, String value, Rule rule, Messager messager) {
        return Severity.parse(value)
                .orElseGet(
                        () -> {
                            messager.printMessage(
                                    Diagnostic.Kind.WARNING,
                                    "errand-lint: "
                                            + flag
                                            + PREFIX
                                            + key
                                            + "="
                                            + value
                                            + " is not a severity; expected off, note, warning or"
                                            + " error. Keeping "
                                            + rule.defaultSeverity());
                            return rule.defaultSeverity();
                        });
    }

    private static Rule find(List<Rule> rules, String key) {
        for (Rule rule : rules) {
            if (rule.id().equalsIgnoreCase(key) || rule.name().equalsIgnoreCase(key)) {
                return rule;
            }
        }
        return null;
    }
}
