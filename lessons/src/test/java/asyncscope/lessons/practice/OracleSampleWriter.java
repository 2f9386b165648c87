package asyncscope.lessons.practice;

import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.drill.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a sample of generated drill programs (the first {@code perTemplate} seeds of every template that
 * generate) to {@code src/test/resources/practice/oracle/TEMPLATE-SEED.rs}. Their {@code .out} files are then
 * made by real Tokio, not by us:
 * <pre>
 * mvn -q -pl lessons -am test-compile
 * java -cp lessons/target/test-classes:lessons/target/classes:engine/target/classes \
 *     asyncscope.lessons.practice.OracleSampleWriter lessons/src/test/resources/practice/oracle 4
 * for f in lessons/src/test/resources/practice/oracle/*.rs; do
 *     ../shared/tokio-oracle/run "$f" > "${f%.rs}.out"; done
 * </pre>
 * {@link OracleSamplesTest} then checks that the engine prints what Tokio printed, and that each sample is
 * still what its template generates for that seed.
 */
public final class OracleSampleWriter {
    private OracleSampleWriter() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int perTemplate = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        DrillFactory f = DrillFactory.standard();
        for (Template t : f.templates()) {
            int written = 0;
            for (long seed = 1; written < perTemplate && seed < 100; seed++) {
                Optional<Drill> d = f.tryMake(t, seed);
                if (d.isPresent()) {
                    Files.writeString(dir.resolve(t.id() + "-" + seed + ".rs"), d.get().source());
                    written++;
                }
            }
        }
    }
}
