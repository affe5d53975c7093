package dev.errand.samples.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Turns uploaded videos into streamable renditions; this fake keeps the ids it handled. */
public class Transcoder {
    private final List<Long> transcoded = new CopyOnWriteArrayList<>();

    public void transcode(long videoId) {
        transcoded.add(videoId);
    }

    public List<Long> transcoded() {
        return List.copyOf(transcoded);
    }
}
