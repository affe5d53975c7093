package dev.errand.backend.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisUrlTest {

    @Test
    void parse_readsUserPasswordHostPortAndDatabase() {
        RedisUrl url = RedisUrl.parse("redis://app:p%40ss@cache.local:6380/2");

        assertThat(url).isEqualTo(new RedisUrl(false, "cache.local", 6380, "app", "p@ss", 2));
    }

    @Test
    void parse_defaultsPortAndDatabase() {
        RedisUrl url = RedisUrl.parse("redis://localhost");

        assertThat(url).isEqualTo(new RedisUrl(false, "localhost", 6379, null, null, 0));
    }

    @Test
    void parse_takesALoneUserPartAsThePassword() {
        assertThat(RedisUrl.parse("redis://secret@h/1").password()).isEqualTo("secret");
        assertThat(RedisUrl.parse("redis://:secret@h/1").user()).isNull();
    }

    @Test
    void parse_readsRedissAsTls() {
        assertThat(RedisUrl.parse("rediss://h:6390").tls()).isTrue();
    }

    @Test
    void parse_rejectsOtherSchemesWithoutShowingThePassword() {
        assertThatThrownBy(() -> RedisUrl.parse("http://u:secret@h/1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis or rediss")
                .hasMessageNotContaining("secret");
    }

    @Test
    void parse_rejectsANonNumericDatabase() {
        assertThatThrownBy(() -> RedisUrl.parse("redis://h/cache"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database number");
    }

    @Test
    void describe_leavesThePasswordOut() {
        assertThat(RedisUrl.parse("redis://app:secret@h:7000/4").describe())
                .isEqualTo("redis://app@h:7000/4");
    }
}
