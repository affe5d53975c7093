package dev.errand.wire;

/**
 * The {@code error_message} Sidekiq stores: at most 10,000 characters, valid UTF-8 (an unpaired
 * surrogate becomes U+FFFD), never null.
 */
public final class ErrorMessages {
    static final int MAX_LENGTH = 10_000;

    private ErrorMessages() {}

    public static String of(Throwable error) {
        String message;
        try {
            message = error.getMessage();
        } catch (RuntimeException e) {
            return "!!! ERROR MESSAGE THREW AN ERROR !!!";
        }
        if (message == null) {
            message = error.getClass().getName();
        }
        return scrub(message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message);
    }

    static String scrub(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired =
                    Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
            boolean lone =
                    Character.isSurrogate(c)
                            && !paired
                            && !(Character.isLowSurrogate(c)
                                    && i > 0
                                    && Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
