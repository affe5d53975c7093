package dev.errand.backend.redis;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A parsed {@code redis://} or {@code rediss://} URL: {@code redis[s]://[[user]:password@]host
 * [:port][/database]}. As in Jedis and redis-cli, a user part without a colon is taken as the
 * password of the default user. Percent-escapes in the user and password are decoded.
 *
 * @param password null when the URL has none; never printed
 */
record RedisUrl(boolean tls, String host, int port, String user, String password, int database) {

    static final int DEFAULT_PORT = 6379;

    static RedisUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(
                    "Redis URL: expected redis://host:6379/0 or rediss://..., got an empty value");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "Redis URL: cannot parse "
                            + withoutPassword(url)
                            + " ("
                            + e.getReason()
                            + "); expected redis://[user:password@]host:port/db",
                    e);
        }
        String scheme = uri.getScheme();
        if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException(
                    "Redis URL: scheme must be redis or rediss (TLS),"
                            + " got "
                            + withoutPassword(url));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "Redis URL: no host in "
                            + withoutPassword(url)
                            + "; expected redis://host:6379/0");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                password = userInfo;
            } else {
                user = colon == 0 ? null : userInfo.substring(0, colon);
                password = userInfo.substring(colon + 1);
            }
        }
        return new RedisUrl(
                "rediss".equalsIgnoreCase(scheme),
                uri.getHost(),
                uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                user,
                password,
                database(uri.getPath(), url));
    }

    private static int database(String path, String url) {
        String digits = path == null ? "" : path.replaceFirst("^/", "");
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            int database = Integer.parseInt(digits);
            if (database >= 0) {
                return database;
            }
        } catch (NumberFormatException e) {
            // reported below, with the URL
        }
        throw new IllegalArgumentException(
                "Redis URL: the path must be a database number such as"
                        + " /2, got /"
                        + digits
                        + " in "
                        + withoutPassword(url));
    }

    /** The URL as it may appear in logs and messages: the password is never shown. */
    String describe() {
        return (tls ? "rediss://" : "redis://")
                + (user == null ? "" : user + "@")
                + host
                + ":"
                + port
                + "/"
                + database;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String withoutPassword(String url) {
        return url.replaceFirst("://[^/@]*@", "://***@");
    }
}
