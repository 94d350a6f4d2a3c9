package sanctionswatch.json;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    record Point(int x, String label) {}

    @Test
    void writesPlainTreesAsTheObjectMapperDoes() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "quote \" backslash \\ newline \n tab \t \u2028 \u0416 \uD83D\uDE00");
        tree.put("int", 42);
        tree.put("long", 1L << 40);
        tree.put("double", 0.1 + 0.2);
        tree.put("flag", true);
        tree.put("nothing", null);
        tree.put("list", List.of("a", 1, false));
        tree.put("set", new LinkedHashSet<>(List.of("RU", "KP")));
        tree.put("nested", Map.of("inner", Arrays.asList(1, null)));
        assertEquals(Json.mapper().writeValueAsString(tree), Json.write(tree));
    }

    @Test
    void writesAnythingElseThroughTheObjectMapper() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("point", new Point(1, "p"));
        tree.put("bytes", new byte[]{1, 2});
        assertEquals("{\"point\":{\"x\":1,\"label\":\"p\"},\"bytes\":\"AQI=\"}", Json.write(tree));
        assertEquals(Json.mapper().writeValueAsString(new Point(2, null)), Json.write(new Point(2, null)));
    }
}
