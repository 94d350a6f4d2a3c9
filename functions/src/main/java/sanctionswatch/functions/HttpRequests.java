package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the HTTP API's handlers read of an event: its method ({@code "POST"}, or empty when the event has no request
 * context, as a hand-made test event may not) and its body as text, decoded when the API sent it in base64 (a form
 * post of a review page's decision arrives so).
 */
final class HttpRequests {
    private HttpRequests() {
    }

    static String method(APIGatewayV2HTTPEvent event) {
        return event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? ""
                : event.getRequestContext().getHttp().getMethod();
    }

    static String body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        return body != null && event.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }
}
