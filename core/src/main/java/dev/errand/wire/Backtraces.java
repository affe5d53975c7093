package dev.errand.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Sidekiq's {@code error_backtrace}: a JSON array of frames, zlib-deflated (with the zlib header),
 * then Base64. Errand writes strict Base64, which Sidekiq 6.4 to 8.x all read, and reads both the
 * strict and the line-wrapped form older Sidekiq writes.
 */
public final class Backtraces {

    private Backtraces() {}

    /** Frames to keep for a {@code backtrace} option of true (all) or a number of lines. */
    public static List<String> frames(Throwable error, Object option) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement element : error.getStackTrace()) {
            frames.add(element.toString());
        }
        if (option instanceof Number lines && lines.intValue() < frames.size()) {
            return frames.subList(0, Math.max(0, lines.intValue()));
        }
        return frames;
    }

    public static String encode(List<String> frames) {
        byte[] json = Json.write(frames).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater();
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** Decodes either Base64 form; an unreadable value gives an empty list. */
    @SuppressWarnings("unchecked")
    public static List<String> decode(String encoded) {
        try {
            byte[] compressed = Base64.getMimeDecoder().decode(encoded);
            Inflater inflater = new Inflater();
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, count);
            }
            inflater.end();
            return Json.mapper().readValue(out.toByteArray(), List.class);
        } catch (Exception e) {
            return List.of();
        }
    }
}
