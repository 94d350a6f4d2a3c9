package sanctionswatch.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.ArrayList;
import java.util.List;

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

    /** Every item a scan returns, page after page. */
    static List<Map<String, AttributeValue>> scanAll(DynamoDbClient dynamo, ScanRequest request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (ScanResponse page : dynamo.scanPaginator(request)) {
            items.addAll(page.items());
        }
        return items;
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}
