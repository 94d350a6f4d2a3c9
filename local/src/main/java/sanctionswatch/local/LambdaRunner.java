package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import sanctionswatch.json.Json;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Runs a handler once, as the Lambda Java runtime does: a no-argument constructor, the event read with the runtime's
 * own event serializers, the result written to standard output; anything the handler prints goes to standard error.
 */
public final class LambdaRunner {
    private LambdaRunner() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LambdaRunner pkg.Class::method EVENT.json");
            System.exit(2);
        }
        PrintStream stdout = System.out;
        System.setOut(System.err);
        Object result;
        try {
            result = invoke(args[0], Path.of(args[1]));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            System.err.println("{\"errorType\":\"" + cause.getClass().getName() + "\",\"errorMessage\":"
                    + Json.write(String.valueOf(cause.getMessage())) + "}");
            cause.printStackTrace(System.err);
            System.exit(1);
            return;
        }
        stdout.println(toJson(result));
        stdout.flush();
        System.exit(0);
    }

    static Object invoke(String handler, Path eventFile) throws Exception {
        List<String> parts = Template.handlerParts(handler);
        ClassLoader loader = LambdaRunner.class.getClassLoader();
        Class<?> type = Class.forName(parts.get(0), true, loader);
        Method method = handlerMethod(type, parts.get(1));
        Object instance = type.getDeclaredConstructor().newInstance();
        Class<?> eventType = method.getParameterTypes()[0];
        Object event;
        try (InputStream in = Files.newInputStream(eventFile)) {
            event = LambdaEventSerializers.isLambdaSupportedEvent(eventType.getName())
                    ? LambdaEventSerializers.serializerFor(eventType, loader).fromJson(in)
                    : Json.mapper().readValue(in, eventType);
        }
        return method.invoke(instance, event, new LocalContext(System.getenv()
                .getOrDefault("AWS_LAMBDA_FUNCTION_NAME", type.getSimpleName())));
    }

    /** The handler method: the named one taking an event and a Context, not a compiler bridge. */
    static Method handlerMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && !m.isBridge() && m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == Context.class) {
                return m;
            }
        }
        throw new NoSuchMethodException(type.getName() + "::" + name + "(event, Context)");
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object result) {
        if (result == null) {
            return "null";
        }
        if (LambdaEventSerializers.isLambdaSupportedEvent(result.getClass().getName())) {
            PojoSerializer<Object> s = (PojoSerializer<Object>) LambdaEventSerializers
                    .serializerFor(result.getClass(), LambdaRunner.class.getClassLoader());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            s.toJson(result, out);
            return out.toString(StandardCharsets.UTF_8);
        }
        return Json.write(result);
    }

    /** The Context a local invocation gets. */
    private record LocalContext(String functionName) implements Context {
        private static final long DEADLINE = System.currentTimeMillis() + 900_000;

        @Override public String getAwsRequestId() { return UUID.randomUUID().toString(); }
        @Override public String getLogGroupName() { return "/aws/lambda/" + functionName; }
        @Override public String getLogStreamName() { return "local"; }
        @Override public String getFunctionName() { return functionName; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:local:000000000000:function:" + functionName; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return (int) Math.max(0, DEADLINE - System.currentTimeMillis()); }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override public void log(String message) { System.err.print(message); }
                @Override public void log(byte[] message) { System.err.print(new String(message, StandardCharsets.UTF_8)); }
            };
        }
    }
}
