package sanctionswatch.local;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * What the AWS calls of a run cost, counted as AWS bills them: requests by service and operation (retries included:
 * each attempt is a request), and for DynamoDB the read and write capacity units the table reports for each call
 * ({@code ReturnConsumedCapacity TOTAL} is asked on every call that takes it, and dynalite computes the units as
 * DynamoDB does, by item size). Registered for every SDK client of the tests' JVM by the SDK's global interceptor file
 * ({@code software/amazon/awssdk/global/handlers/execution.interceptors}), and idle until a test calls
 * {@link #start()}: {@link LoadTest} counts its 10,000 articles with it (requests such as {@code DynamoDB PutItem}
 * and the units of each DynamoDB operation), and README prices them.
 */
public final class RequestCounts implements ExecutionInterceptor {
    private static volatile boolean counting;
    private static final Map<String, AtomicLong> REQUESTS = new ConcurrentHashMap<>();
    private static final Map<String, DoubleAdder> UNITS = new ConcurrentHashMap<>();

    /** Counts from now on, from zero. */
    static void start() {
        REQUESTS.clear();
        UNITS.clear();
        counting = true;
    }

    /** Stops counting; the counts stay readable. */
    static void stop() {
        counting = false;
    }

    /** Requests by "service Operation", sorted. */
    static Map<String, Long> requests() {
        Map<String, Long> out = new TreeMap<>();
        REQUESTS.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** DynamoDB's capacity units by operation ("GetItem", "PutItem"), as the table reported them, sorted. */
    static Map<String, Double> dynamoUnits() {
        Map<String, Double> out = new TreeMap<>();
        UNITS.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Whether a DynamoDB operation's units are read units (else write units). */
    static boolean reads(String operation) {
        return operation.startsWith("Get") || operation.startsWith("BatchGet") || operation.equals("Query")
                || operation.equals("Scan") || operation.equals("TransactGetItems");
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (!counting || !(request instanceof DynamoDbRequest)) {
            return request;
        }
        SdkRequest.Builder builder = request.toBuilder();
        try {
            Method total = builder.getClass().getMethod("returnConsumedCapacity", String.class);
            total.setAccessible(true);
            return ((SdkRequest.Builder) total.invoke(builder, "TOTAL")).build();
        } catch (NoSuchMethodException none) {
            return request;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (counting) {
            String key = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + " "
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            REQUESTS.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (!counting) {
            return;
        }
        SdkResponse response = context.response();
        Optional<Object> one = response.getValueForField("ConsumedCapacity", Object.class);
        if (one.isEmpty()) {
            return;
        }
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Object value = one.get();
        List<?> all = value instanceof List<?> list ? list : List.of(value);
        for (Object c : all) {
            if (c instanceof ConsumedCapacity capacity && capacity.capacityUnits() != null) {
                UNITS.computeIfAbsent(operation, k -> new DoubleAdder()).add(capacity.capacityUnits());
            }
        }
    }
}
