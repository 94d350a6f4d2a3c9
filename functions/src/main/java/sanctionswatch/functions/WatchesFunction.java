package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import sanctionswatch.alert.WatchApi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        String method = event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? ""
                : event.getRequestContext().getHttp().getMethod();
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        WatchApi.Response r = api.handle(method, event.getRawPath(), body);
        Log.info("watches request", Map.of("method", String.valueOf(method), "path", String.valueOf(event.getRawPath()),
                "status", r.status()));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(r.status())
                .withHeaders(Map.of("Content-Type", "application/json")).withBody(r.body()).build();
    }
}
