package redis.clients.jedis;

public class Jedis {
    public String get(String key) { return null; }
    public String set(String key, String value) { return "OK"; }
    public long setnx(String key, String value) { return 1; }
    public long incr(String key) { return 1; }
    public long incrBy(String key, long by) { return 1; }
    public long hincrBy(String key, String field, long by) { return 1; }
    public long lpush(String key, String... values) { return 1; }
    public long sadd(String key, String... members) { return 1; }
    public boolean exists(String key) { return false; }
    public long expire(String key, long seconds) { return 1; }
    public long del(String key) { return 1; }
}
