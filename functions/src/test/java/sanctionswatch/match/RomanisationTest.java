package sanctionswatch.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RomanisationTest {
    @ParameterizedTest
    @CsvSource({"yevgeny,evgeni", "evgeniy,evgeni", "evgenii,evgeni", "yevgeniy,evgeni", "sergei,sergi",
            "sergey,sergi", "dmitry,dmitri", "dmitriy,dmitri", "alexei,aleksi", "aleksey,aleksi", "smirnoff,smirnov",
            "kadyrow,kadyrov", "hassan,hasan", "mohammed,mohamed", "putin,putin", "al,al"})
    void spellingsOfOneNameShareAKey(String word, String key) {
        assertEquals(key, Romanisation.key(word));
    }

    @ParameterizedTest
    @CsvSource({"putin,putn,true", "putin,puttin,true", "putin,ptuin,true", "putin,putan,true", "putin,putin,false",
            "putin,pution,true", "putin,ptn,false", "kadyrov,kadyrvo,true", "kadyrov,kadryvo,false"})
    void oneEditApartIsOneLetterLeftOutAddedChangedOrSwapped(String a, String b, boolean expected) {
        assertEquals(expected, Romanisation.oneEditApart(a, b));
        assertEquals(expected, Romanisation.oneEditApart(b, a));
    }
}
