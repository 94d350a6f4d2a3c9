package sanctionswatch.bench;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start, in the JVM it measures: from the JVM's start to {@code main} (JVM boot), the handler's class
 * loading and construction (init: SDK clients, the list index), then the first invocation on an event file (its
 * deserialisation included, as the runtime does it). Prints one JSON line of milliseconds.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {}

    public static void main(String[] args) throws Exception {
        long mainAt = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String[] handler = args[0].split("::");
        Class<?> type = Class.forName(handler[0]);
        Object instance = type.getDeclaredConstructor().newInstance();
        long initDone = System.currentTimeMillis();
        Method method = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(handler[1]) && !m.isBridge() && m.getParameterCount() == 2) {
                method = m;
            }
        }
        Class<?> eventType = method.getParameterTypes()[0];
        Object event;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            event = LambdaEventSerializers.isLambdaSupportedEvent(eventType.getName())
                    ? LambdaEventSerializers.serializerFor(eventType, ColdStartProbe.class.getClassLoader()).fromJson(in)
                    : new ObjectMapper().readValue(in, eventType);
        }
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        method.invoke(instance, event, null);
        long firstDone = System.currentTimeMillis();
        out.printf("{\"jvmBoot\":%d,\"init\":%d,\"firstInvoke\":%d,\"total\":%d}%n", mainAt - jvmStart,
                initDone - mainAt, firstDone - initDone, firstDone - jvmStart);
        System.exit(0);
    }
}
