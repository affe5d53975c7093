package dev.errand.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readObject_keepsTheLexicalKindOfNumbers() {
        Map<String, Object> read =
                Json.readObject("{\"args\":[1,2147483648,9223372036854775808,1.5]}");

        assertThat(read.get("args"))
                .isEqualTo(List.of(1, 2147483648L, new BigInteger("9223372036854775808"), 1.5));
    }

    @Test
    void readObject_keepsKeyOrderAndTheLastValueOfARepeatedKey() {
        Map<String, Object> read =
                Json.readObject("{\"b\":{\"x\":[{}]},\"a\":1,\"b\":2,\"c\":null}");

        assertThat(read).containsExactly(entry("b", 2), entry("a", 1), entry("c", null));
        assertThat(Json.write(read)).isEqualTo("{\"b\":2,\"a\":1,\"c\":null}");
    }

    @Test
    void readObject_refusesWhatIsNotOneJsonObject() {
        for (String text :
                List.of(
                        "{\"a\":1}{}",
                        "{\"a\":1} x",
                        "{\"a\":NaN}",
                        "{\"a\":[1,}",
                        "{'a':1}",
                        "[]",
                        "\"text\"",
                        "42",
                        "",
                        "   ")) {
            Throwable error = catchThrowable(() -> Json.readObject(text));

            assertThat(error)
                    .as("reading %s", text)
                    .isInstanceOf(MalformedPayloadException.class)
                    .hasMessageStartingWith("payload is not a JSON object: ");
        }
    }

    @Test
    void readObject_refusesNullTextAndJsonNull() {
        assertThat(catchThrowable(() -> Json.readObject(null)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessage("payload is null");
        assertThat(catchThrowable(() -> Json.readObject("null")))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessage("payload is JSON null, expected an object");
    }

    private static Map.Entry<String, Object> entry(String key, Object value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }
}
