package redis.clients.jedis;

public class JedisPool {
    public redis.clients.jedis.Jedis getResource() {
        return new redis.clients.jedis.Jedis();
    }
}
