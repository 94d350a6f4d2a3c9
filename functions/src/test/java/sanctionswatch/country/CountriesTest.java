package sanctionswatch.country;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CountriesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia|RU", "Korea, North|KP", "Korea, South|KR", "Bahamas, The|BS", "Region: Crimea|UA",
            "Congo, Democratic Republic of the|CD", "Cote d Ivoire|CI", "Man, Isle of|IM", "Palestinian|PS",
            "North Macedonia, The Republic of|MK", "Virgin Islands, British|VG", "Burma|MM", "United States|US"})
    void codesForTheCountryNamesOfListFiles(String listName, String code) {
        assertEquals(Optional.of(code), Countries.bundled().codeForName(listName));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Мьянма (Бирма)|Мьянма", "Гонконг, ОАР Китаю|Гонконг", "Гонконг (САР)|Гонконг",
            "هنگ‌کنگ، منطقهٔ ویژهٔ اداری چین|هنگ‌کنگ", "刚果（金）|刚果（金）", "Россия|Россия"})
    void cldrNamesAreTakenWithoutTheirQualifier(String cldr, String name) {
        assertEquals(name, Countries.unqualified(cldr));
    }

    @ParameterizedTest
    @CsvSource({"undetermined", "Atlantis"})
    void unknownNamesHaveNoCode(String listName) {
        assertEquals(Optional.empty(), Countries.bundled().codeForName(listName));
    }

    @Test
    void theGazetteerTheBuildWroteIsTheOneItsSourcesMake() {
        Countries read = BundledCountries.read();
        assertNotNull(read, "the build writes " + BundledCountries.RESOURCE + " at process-classes");
        Countries made = Countries.made();
        assertEquals(made.forms(), read.forms());
        assertEquals(List.copyOf(made.states().values()), List.copyOf(read.states().values()));
        assertEquals(made.ambiguities(), read.ambiguities());
        assertEquals(made.joined(), read.joined());
    }

    @Test
    void aGazetteerFileOfAnotherLayoutIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BundledCountries.read(new byte[] {0x53, 0x57, 0x4C, 0x03, 0, 0}));
        assertEquals("the bundled gazetteer " + BundledCountries.RESOURCE + " is corrupt (java.lang.IllegalStateException:"
                + " not a gazetteer of this layout): build it again (mvn package)", e.getMessage());
    }
}
