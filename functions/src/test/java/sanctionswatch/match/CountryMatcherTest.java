package sanctionswatch.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sanctionswatch.country.Countries;
import sanctionswatch.text.Tokenizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountryMatcherTest {
    private static final CountryMatcher MATCHER = new CountryMatcher(Countries.bundled());

    private static List<String> codes(String text) {
        return MATCHER.find(text, Tokenizer.tokenize(text)).stream().map(CountryMention::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pyongyang fired a missile.|KP",
            "Arms from N Korea and N. Korea|KP KP",
            "A North Korean envoy|KP",
            "A South Korean envoy|KR",
            "WASHINGTON: The White House said|US US",
            "the US Treasury and the U.S. Congress|US US",
            "A Slovakian man and a Dutchman|SK NL",
            "Russia's Wagner Group and the Kremlin|RU RU",
            "officials in Beijing|CN",
            "tell us about Latin America|''",
            // A news outlet named after a state names no state: Voice of America, AFP in Persian.
            "Voice of America reported from Seoul|KR",
            "به گزارش خبرگزاری فرانسه، پمپئو در بروکسل|BE",
            "Про це повідомляє Голос Америки.|''",
            "The Democratic People's Republic of Korea|KP",
            "Papua New Guinea and Guinea-Bissau|PG GW",
            "MOSCOW/SEOUL — both capitals confirmed|RU KR",
            "Георгий встретился в Кремле и России|RU RU",
            "Georgia's parliament in Tbilisi|GE GE",
            "Voters in Atlanta, Georgia lined up; the Georgia governor spoke|''",
            "Georgia Tech won|''",
            "Michael Jordan scored, and Jordan later said|''",
            "King Abdullah of Jordan met Jordan's army chief|JO JO",
            "Chad Smith, the drummer, toured|''",
            "Того же дня Россия ответила|RU",
            "Санкции против Того и Мали|TG ML",
            "Troops left Chad for Niger and Nigeria|TD NE NG",
            "Turkey sandwiches and a roast turkey|''",
            "Turkey and Egypt restored ties|TR EG",
            "Let us know; send us a reply|''",
            // A word the form writes in lower case: any case; one it capitalises: capitalised only.
            "Guinea pig trials began in Guinea|GN",
            "l’Arabie saoudite et l’Arabie Saoudite|SA SA",
            "Mauricio Claver-Carone and Сальвадор Дали|''",
            "battant pavillon des îles Marshall, puis des Îles Caïmans|MH KY",
            "con bandera de las islas Caimán|KY"})
    void findsStatesByNameDemonymAndSeatOfPower(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertEquals(want, codes(text));
    }
}
