package redis.clients.jedis.exceptions;

public class JedisConnectionException extends RuntimeException {
    public JedisConnectionException(String m) {
        super(m);
    }
}
