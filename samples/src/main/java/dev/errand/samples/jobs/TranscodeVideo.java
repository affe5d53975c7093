package dev.errand.samples.jobs;

import dev.errand.Job2;
import dev.errand.JobSpec;
import dev.errand.samples.app.Transcoder;

/**
 * Transcodes an uploaded video. Videos longer than ten minutes go to their own queue, so that a few
 * feature-length uploads, served by their own workers, never hold up the many short clips.
 */
public final class TranscodeVideo implements Job2<Long, Integer> {

    static final int LONG_VIDEO_SECONDS = 600;

    public static final JobSpec<TranscodeVideo> SPEC =
            JobSpec.of(TranscodeVideo.class)
                    .queue(
                            args ->
                                    ((Number) args.get(1)).intValue() > LONG_VIDEO_SECONDS
                                            ? "transcode-long"
                                            : "transcode")
                    .build();

    private final Transcoder transcoder;

    public TranscodeVideo(Transcoder transcoder) {
        this.transcoder = transcoder;
    }

    @Override
    public void perform(Long videoId, Integer durationSeconds) {
        transcoder.transcode(videoId);
    }
}
