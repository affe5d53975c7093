package okhttp3;

public class Request {
    public static class Builder {
        public Builder url(String u) {
            return this;
        }

        public Builder post(RequestBody b) {
            return this;
        }

        public Builder put(RequestBody b) {
            return this;
        }

        public Builder get() {
            return this;
        }

        public Builder header(String k, String v) {
            return this;
        }

        public Request build() {
            return new Request();
        }
    }
}
