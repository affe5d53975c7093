package dev.errand.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader must accept exactly the payloads the full reader accepts, fail on the others
 * with the full reader's message, and decode every argument to the same value of the same class.
 * Each case reads one text both ways and compares.
 */
class PayloadReaderTest {

    private static final List<String> EDGE_CASES =
            List.of(
                    "{\"class\":\"A\",\"args\":[]}",
                    "{\"class\":\"A\",\"args\":[1,2147483648,9223372036854775808,-0,1.5,-0.0]}",
                    "{\"class\":\"A\",\"args\":[9007199254740993,1e300,1E-5,2.50]}",
                    "{\"class\":\"A\",\"args\":[\"\\u00e9\\n\\\"q\\\"\",true,false,null]}",
                    "{\"class\":\"A\",\"args\":[{\"a\":1,\"b\":[{}],\"a\":2},[[],[[null]]]]}",
                    "{\"class\":\"A\",\"args\":[],\"jid\":null}",
                    "{\"class\":\"A\",\"args\":[],\"jid\":\"abc\",\"wrapped\":\"Real\"}",
                    "{\"class\":\"A\",\"args\":[],\"wrapped\":7}",
                    "{\"class\":\"A\",\"args\":[],\"created_at\":1700000000.123456}",
                    "{\"class\":\"A\",\"class\":\"B\",\"args\":[1],\"args\":[2]}",
                    "{\"class\":5,\"class\":\"B\",\"args\":{},\"args\":[2]}",
                    "{\"class\":\"A\",\"class\":5,\"args\":[]}",
                    "{\"class\":\"A\",\"args\":[],\"args\":null}",
                    "{\"class\":\"A\",\"args\":[],\"jid\":5}",
                    "{\"class\":\"A\",\"args\":[],\"jid\":5,\"jid\":\"ok\"}",
                    "{\"class\":\"  \",\"args\":[]}",
                    "{\"class\":null,\"args\":[]}",
                    "{\"args\":[]}",
                    "{\"class\":\"A\"}",
                    "{\"class\":\"A\",\"args\":\"[]\"}",
                    "{\"class\":[\"A\"],\"args\":[]}",
                    "{\"class\":\"A\",\"args\":[NaN]}",
                    "{\"class\":\"A\",\"args\":[],\"x\":NaN}",
                    "{\"class\":\"A\",\"args\":[],\"x\":[1,}",
                    "{\"class\":\"A\",\"args\":[]}{}",
                    "{\"class\":\"A\",\"args\":[]} x",
                    "{\"class\":\"A\",\"args\":[]}   ",
                    "{\"class\":\"A\",\"args\":[1]",
                    "{'class':'A','args':[]}",
                    "{\"class\":\"A\",\"args\":[],\"x\":\"\\q\"}",
                    "{\"class\":\"A\",\"args\":[],\"x\":01}",
                    "{\"class\":\"A\",\"args\":[],\"x\":\"tab\tinside\"}",
                    "[]",
                    "null",
                    "\"text\"",
                    "42",
                    "",
                    "   ",
                    "{}");

    @Test
    void read_agreesWithTheFullReaderOnEdgeCases() {
        for (String json : EDGE_CASES) {
            assertSameReading(json);
        }
    }

    @Test
    void read_agreesWithTheFullReaderOnParserLimits() {
        String longNumber = "1".repeat(1_500);
        String deep = "[".repeat(1_200) + "]".repeat(1_200);

        assertSameReading("{\"class\":\"A\",\"args\":[],\"x\":" + longNumber + "}");
        assertSameReading("{\"class\":\"A\",\"args\":[" + longNumber + "]}");
        assertSameReading("{\"class\":\"A\",\"args\":[],\"x\":" + deep + "}");
        assertSameReading("{\"class\":\"A\",\"args\":" + deep + "}");
        assertSameReading("{\"class\":\"A\",\"args\":[" + "[".repeat(90) + "]".repeat(90) + "]}");
    }

    @Test
    void read_agreesWithTheFullReaderOnRandomPayloads() {
        Random random = new Random(20261203L);

        for (int i = 0; i < 3_000; i++) {
            String json = randomPayload(random);
            assertSameReading(json);
            assertSameReading(corrupt(json, random));
        }
    }

    @Test
    void read_failsOnNullAsTheFullReaderDoes() {
        Throwable full = catchThrowable(() -> Payload.parse(null));

        Throwable streamed = catchThrowable(() -> PayloadReader.read(null));

        assertThat(streamed).isInstanceOf(MalformedPayloadException.class);
        assertThat(streamed.getMessage()).isEqualTo(full.getMessage());
    }

    @Test
    void fields_areBuiltOnFirstUseAndThenAreThePayload() {
        Payload payload =
                PayloadReader.read(
                        "{\"class\":\"A\",\"args\":[1],\"jid\":\"j1\",\"retry\":3,\"at\":1.5}");

        payload.put("error_class", "Boom").remove("at");

        assertThat(payload.retry()).as("retry of the read payload").contains(3);
        assertThat(payload.jid()).isEqualTo("j1");
        assertThat(payload.args()).isEqualTo(List.of(1));
        assertThat(payload.toJson())
                .isEqualTo(
                        "{\"class\":\"A\",\"args\":[1],\"jid\":\"j1\",\"retry\":3,"
                                + "\"error_class\":\"Boom\"}");
    }

    private static void assertSameReading(String json) {
        Payload full = null;
        Throwable fullError = null;
        try {
            full = Payload.parse(json);
        } catch (RuntimeException e) {
            fullError = e;
        }

        Payload streamed = null;
        Throwable streamedError = null;
        try {
            streamed = PayloadReader.read(json);
        } catch (RuntimeException e) {
            streamedError = e;
        }

        if (fullError != null) {
            assertThat(streamedError)
                    .as("error reading %s", json)
                    .isInstanceOf(fullError.getClass())
                    .hasMessage(fullError.getMessage());
            return;
        }
        assertThat(streamedError).as("error reading %s", json).isNull();
        assertThat(streamed.className()).as("class of %s", json).isEqualTo(full.className());
        assertThat(streamed.jid()).as("jid of %s", json).isEqualTo(full.jid());
        assertThat(streamed.displayClass())
                .as("display class of %s", json)
                .isEqualTo(full.displayClass());
        assertSameValue(json, "args", streamed.args(), full.args());
        assertThat(streamed.toJson()).as("written back %s", json).isEqualTo(full.toJson());
    }

    /** Equal values of the same classes all the way down: 1 and 1L are not the same argument. */
    private static void assertSameValue(String json, String path, Object found, Object expected) {
        if (expected == null) {
            assertThat(found).as("%s of %s", path, json).isNull();
            return;
        }
        assertThat(found).as("%s of %s", path, json).isNotNull();
        assertThat(found.getClass())
                .as("class of %s in %s", path, json)
                .isEqualTo(expected.getClass());
        if (expected instanceof List<?> list) {
            List<?> foundList = (List<?>) found;
            assertThat(foundList).as("size of %s in %s", path, json).hasSameSizeAs(list);
            for (int i = 0; i < list.size(); i++) {
                assertSameValue(json, path + "[" + i + "]", foundList.get(i), list.get(i));
            }
        } else if (expected instanceof Map<?, ?> map) {
            Map<?, ?> foundMap = (Map<?, ?>) found;
            assertThat(new ArrayList<>(foundMap.keySet()))
                    .as("keys of %s in %s", path, json)
                    .isEqualTo(new ArrayList<>(map.keySet()));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                assertSameValue(
                        json,
                        path + "." + entry.getKey(),
                        foundMap.get(entry.getKey()),
                        entry.getValue());
            }
        } else {
            assertThat(found).as("%s of %s", path, json).isEqualTo(expected);
        }
    }

    private static String randomPayload(Random random) {
        StringBuilder json = new StringBuilder("{");
        int members = 1 + random.nextInt(7);
        for (int i = 0; i < members; i++) {
            if (i > 0) {
                json.append(',');
            }
            String key =
                    List.of("class", "args", "jid", "wrapped", "retry", "created_at", "x")
                            .get(random.nextInt(7));
            json.append('"').append(key).append("\":");
            if (key.equals("class") || key.equals("jid") || key.equals("wrapped")) {
                json.append(random.nextInt(5) == 0 ? randomValue(random, 1) : "\"Job\"");
            } else if (key.equals("args")) {
                json.append(
                        random.nextInt(8) == 0 ? randomValue(random, 1) : randomArray(random, 0));
            } else {
                json.append(randomValue(random, 0));
            }
        }
        return json.append('}').toString();
    }

    private static String randomArray(Random random, int depth) {
        StringBuilder json = new StringBuilder("[");
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            json.append(i > 0 ? "," : "").append(randomValue(random, depth + 1));
        }
        return json.append(']').toString();
    }

    private static String randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 9 : 11);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> Integer.toString(random.nextInt());
            case 3 -> Long.toString(random.nextLong());
            case 4 -> new BigInteger(80, random).negate().toString();
            case 5 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 6 ->
                    (random.nextInt(3) - 1) + "." + random.nextInt(1000) + "e" + random.nextInt(9);
            case 7 -> Json.write(randomText(random));
            case 8 -> "\"" + (char) ('a' + random.nextInt(26)) + "\"";
            case 9 -> randomArray(random, depth);
            default -> randomObject(random, depth);
        };
    }

    private static String randomObject(Random random, int depth) {
        StringBuilder json = new StringBuilder("{");
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            json.append(i > 0 ? "," : "")
                    .append("\"k")
                    .append(random.nextInt(3))
                    .append("\":")
                    .append(randomValue(random, depth + 1));
        }
        return json.append('}').toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x3000));
        }
        return text.toString();
    }

    /** Drops, doubles or replaces one character, which mostly breaks the JSON. */
    private static String corrupt(String json, Random random) {
        int at = random.nextInt(json.length());
        String junks = "{}[],:\"\\ 0-.eaN";
        String junk = String.valueOf(junks.charAt(random.nextInt(junks.length())));
        return switch (random.nextInt(3)) {
            case 0 -> json.substring(0, at) + json.substring(at + 1);
            case 1 -> json.substring(0, at) + junk + json.substring(at);
            default -> json.substring(0, at) + junk + json.substring(at + 1);
        };
    }
}
