package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import sanctionswatch.alert.WatchApi;

import java.util.Map;

/** HTTP API (IAM-authorised): create, list, get and delete watches. */
public final class WatchesFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final WatchApi api;

    public WatchesFunction() {
        this(Settings.fromEnvironment());
    }

    private WatchesFunction(Settings settings) {
        this(Wiring.watchApi(settings, Wiring.dynamo()));
    }

    public WatchesFunction(WatchApi api) {
        this.api = api;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String method = HttpRequests.method(event);
        String body = HttpRequests.body(event);
        WatchApi.Response r = api.handle(method, event.getRawPath(), body);
        Log.info("watches request", Map.of("method", String.valueOf(method), "path", String.valueOf(event.getRawPath()),
                "status", r.status()));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(r.status())
                .withHeaders(Map.of("Content-Type", "application/json")).withBody(r.body()).build();
    }
}
