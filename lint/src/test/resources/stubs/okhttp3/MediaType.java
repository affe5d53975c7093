package okhttp3;

public class MediaType {
    public static MediaType get(String s) {
        return null;
    }
}
