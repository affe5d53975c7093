package dev.errand.wire;

import java.util.concurrent.ThreadLocalRandom;

/** Job ids as Sidekiq makes them: 12 random bytes as 24 lowercase hex characters. */
public final class Jid {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Jid() {}

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong();
        int low = random.nextInt();
        char[] out = new char[24];
        for (int i = 0; i < 16; i++) {
            out[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
        }
        for (int i = 0; i < 8; i++) {
            out[16 + i] = HEX[(low >>> (28 - 4 * i)) & 0xf];
        }
        return new String(out);
    }
}
