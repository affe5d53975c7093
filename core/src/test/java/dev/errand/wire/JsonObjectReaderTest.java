package dev.errand.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader with its type resolved once must read, and fail, exactly as {@link Json#readObject}
 * does: same maps, same exception, same message.
 */
class JsonObjectReaderTest {

    private static final List<String> TEXTS =
            List.of(
                    "{\"class\":\"A\",\"args\":[1,2147483648,9223372036854775808,1.5]}",
                    "{\"a\":{\"b\":[{}]},\"a\":2,\"c\":null}",
                    "{}",
                    "{\"a\":1}{}",
                    "{\"a\":1} x",
                    "{\"a\":NaN}",
                    "{\"a\":[1,}",
                    "{'a':1}",
                    "[]",
                    "null",
                    "\"text\"",
                    "42",
                    "",
                    "   ");

    @Test
    void read_readsAndFailsAsTheMapperDoes() {
        for (String json : TEXTS) {
            Map<String, Object> expected = null;
            Throwable expectedError = null;
            try {
                expected = Json.readObject(json);
            } catch (RuntimeException e) {
                expectedError = e;
            }

            Map<String, Object> found = null;
            Throwable foundError = null;
            try {
                found = JsonObjectReader.read(json);
            } catch (RuntimeException e) {
                foundError = e;
            }

            if (expectedError != null) {
                assertThat(foundError)
                        .as("error reading %s", json)
                        .isInstanceOf(expectedError.getClass())
                        .hasMessage(expectedError.getMessage());
            } else {
                assertThat(foundError).as("error reading %s", json).isNull();
                assertThat(Json.write(found))
                        .as("map read from %s", json)
                        .isEqualTo(Json.write(expected));
            }
        }
    }

    @Test
    void read_failsOnNullAsTheMapperDoes() {
        Throwable expected = catchThrowable(() -> Json.readObject(null));

        Throwable found = catchThrowable(() -> JsonObjectReader.read(null));

        assertThat(found)
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessage(expected.getMessage());
    }
}
