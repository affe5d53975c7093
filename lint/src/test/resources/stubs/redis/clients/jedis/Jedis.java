package redis.clients.jedis;

public class Jedis implements java.io.Closeable {
    public long incr(String k) {
        return 0;
    }

    public long incrBy(String k, long n) {
        return 0;
    }

    public long hincrBy(String k, String f, long n) {
        return 0;
    }

    public double zincrby(String k, double n, String m) {
        return 0;
    }

    public long decr(String k) {
        return 0;
    }

    public long lpush(String k, String... v) {
        return 0;
    }

    public long rpush(String k, String... v) {
        return 0;
    }

    public String set(String k, String v) {
        return null;
    }

    public String set(String k, String v, redis.clients.jedis.params.SetParams p) {
        return null;
    }

    public long setnx(String k, String v) {
        return 0;
    }

    public String get(String k) {
        return null;
    }

    public long del(String... k) {
        return 0;
    }

    public long expire(String k, long s) {
        return 0;
    }

    public long hset(String k, String f, String v) {
        return 0;
    }

    public String hget(String k, String f) {
        return null;
    }

    public long sadd(String k, String... m) {
        return 0;
    }

    public boolean sismember(String k, String m) {
        return false;
    }

    public boolean exists(String k) {
        return false;
    }

    public long pfadd(String k, String... e) {
        return 0;
    }

    public void close() {}
}
