package redis.clients.jedis.params;

public class SetParams {
    public static SetParams setParams() {
        return new SetParams();
    }

    public SetParams nx() {
        return this;
    }

    public SetParams ex(long s) {
        return this;
    }
}
