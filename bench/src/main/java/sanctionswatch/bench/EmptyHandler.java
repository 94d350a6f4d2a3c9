package sanctionswatch.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** The cold-start baseline: a handler that does nothing, on the same JVM flags and event path. */
public final class EmptyHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return "ok";
    }
}
