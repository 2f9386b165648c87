package asyncscope.app.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the README says about the app that code can check: how many built-in demos ship. */
class ReadmeFactsTest {
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen");

    @Test
    void theReadmeCountsTheDemosThatShip() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int n = Demos.all().size();
        assertTrue(n < NUMBERS.size());
        assertTrue(readme.contains(NUMBERS.get(n) + " built-in demos"), "the README should say " + NUMBERS.get(n) + " built-in demos");
        for (int k = 0; k < NUMBERS.size(); k++) {
            if (k != n) {
                assertTrue(!readme.contains(NUMBERS.get(k) + " built-in demos"), "the README says " + NUMBERS.get(k) + " built-in demos");
            }
        }
    }
}
