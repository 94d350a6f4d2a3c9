package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import sanctionswatch.functions.ReviewFunction;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.WatchesFunction;
import sanctionswatch.functions.Wiring;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template's HTTP API on the emulators: every route of the functions' {@code HttpApi} events
 * ({@link Template#httpApiRoutes()}) served by an {@link ApiServer} on a loopback port, each function built once, with
 * the environment the template gives it (as {@code invoke} resolves it) and the emulators' clients. What {@code serve}
 * runs, and the review tests' API.
 */
final class LocalApi {
    private LocalApi() {}

    /**
     * Serves the template's routes on {@code port} (0: any free port).
     *
     * @param settings added to every function's environment: {@code {"REVIEW_KEY": "{\"keyId\":\"k1\",…}"}}, the key
     *                 links are checked with, where on AWS the generated secret gives it
     */
    static ApiServer serve(int port, TemplateResources resources, Emulators emulators, Map<String, String> settings)
            throws IOException {
        DynamoDbClient dynamo = emulators.dynamo();
        S3Client s3 = emulators.s3();
        Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new LinkedHashMap<>();
        List<ApiServer.Route> routes = new ArrayList<>();
        for (Template.HttpRoute r : resources.template().httpApiRoutes()) {
            if (!handlers.containsKey(r.function())) {
                Map<String, String> env = new HashMap<>(resources.environment(r.function()));
                env.putAll(settings);
                handlers.put(r.function(), handler(resources.template().handler(r.function()), new Settings(env),
                        dynamo, s3));
            }
            routes.add(new ApiServer.Route(r.method(), r.path(), handlers.get(r.function())));
        }
        return ApiServer.start(port, routes);
    }

    /** The function behind {@code handler} ({@code sanctionswatch.functions.ReviewFunction::handleRequest}). */
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(
            String handler, Settings settings, DynamoDbClient dynamo, S3Client s3) {
        String type = Template.handlerParts(handler).get(0);
        if (type.equals(ReviewFunction.class.getName())) {
            return new ReviewFunction(Wiring.reviewApi(settings, dynamo,
                    Wiring.reviewLists(Wiring.listVersions(settings, () -> s3, dynamo)), Wiring.reviewKeys(settings)));
        }
        if (type.equals(WatchesFunction.class.getName())) {
            return new WatchesFunction(Wiring.watchApi(settings, dynamo));
        }
        // A new HttpApi function needs its line here, as its no-argument constructor would build it on Lambda.
        throw new IllegalStateException("template.yaml routes HTTP requests to " + handler
                + ", which LocalApi does not build yet: add it to LocalApi.handler");
    }
}
