package sanctionswatch.aws;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Collection;
import java.util.Map;

/** Short constructors and readers for DynamoDB attribute values. */
final class Items {
    private Items() {}

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value == null ? "" : value);
    }

    static AttributeValue n(Number value) {
        return AttributeValue.fromN(value.toString());
    }

    /** A string set; DynamoDB refuses an empty one, so callers leave the attribute out instead. */
    static AttributeValue ss(Collection<String> values) {
        return AttributeValue.fromSs(values.stream().distinct().toList());
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}
