package sanctionswatch.feeds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FeedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 21 Aug 2012 10:33:00 EST|2012-08-21T15:33:00Z",
            "Fri, 31 Mar 2023 09:15:00 GMT|2023-03-31T09:15:00Z",
            "Fri, 31 Mar 2023 09:15:00 +0600|2023-03-31T03:15:00Z",
            "31 Mar 2023 09:15 +0000|2023-03-31T09:15:00Z",
            "2018-11-19T21:45:04.398Z|2018-11-19T21:45:04.398Z",
            "2017-11-08T18:15:58-05:00|2017-11-08T23:15:58Z",
            "2005-11-20T01:11:49+00:00|2005-11-20T01:11:49Z",
            "2006-01-11 16:43:22 -0800|2006-01-12T00:43:22Z"})
    void readsTheDatesFeedsWrite(String raw, String expected) {
        assertEquals(Instant.parse(expected), FeedDates.parse(raw));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "''", "32 Foo 2020"})
    void unreadableDatesAreNull(String raw) {
        assertNull(FeedDates.parse(raw));
    }
}
