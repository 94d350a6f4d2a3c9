package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import sanctionswatch.review.ReviewApi;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Map;

/**
 * HTTP API, no IAM: the signed link is the authorisation. {@code GET /alerts/{alertId}} renders an alert's review
 * page; {@code POST /alerts/{alertId}/decisions} records a decision and sends the browser back to the page.
 */
public final class ReviewFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ReviewApi api;

    public ReviewFunction() {
        this(Settings.fromEnvironment());
    }

    private ReviewFunction(Settings settings) {
        this(api(settings, Wiring.dynamo()));
    }

    private static ReviewApi api(Settings settings, DynamoDbClient dynamo) {
        return Wiring.reviewApi(settings, dynamo,
                Wiring.reviewLists(Wiring.listVersions(settings, Wiring.lazyS3(settings), dynamo)),
                Wiring.reviewKeys(settings));
    }

    public ReviewFunction(ReviewApi api) {
        this.api = api;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String method = HttpRequests.method(event);
        String body = HttpRequests.body(event);
        ReviewApi.Response r = api.handle(method, event.getRawPath(), event.getRawQueryString(), body);
        // The path only: the query holds the link's signature, which no log keeps.
        Log.info("review request", Map.of("method", String.valueOf(method), "path", String.valueOf(event.getRawPath()),
                "status", r.status()));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(r.status()).withHeaders(r.headers())
                .withBody(r.body()).build();
    }
}
