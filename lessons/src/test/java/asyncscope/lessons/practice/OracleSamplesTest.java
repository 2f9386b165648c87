package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.drill.Template;
import asyncscope.lessons.practice.drill.Templates;
import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.PracticeRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Generated drill programs against real Tokio: {@code src/test/resources/practice/oracle} holds a sample of
 * every template's programs with the output real Tokio 1.24 printed for them (see
 * {@link OracleSampleWriter}). Each sample must still be what its template generates, and the engine must
 * print exactly what Tokio printed, under two scheduler seeds.
 */
class OracleSamplesTest {
    static final Path DIR = Path.of("src/test/resources/practice/oracle");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList().stream();
        }
    }

    @Test
    void everyTemplateHasSamples() throws IOException {
        Set<String> sampled = samples().map(p -> p.getFileName().toString().replaceAll("-\\d+\\.rs$", ""))
                .collect(Collectors.toSet());
        for (Template t : Templates.all()) {
            assertTrue(sampled.contains(t.id()), "no oracle sample of " + t.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void enginePrintsWhatTokioPrinted(Path rs) throws IOException {
        String name = rs.getFileName().toString();
        String id = name.replaceAll("-\\d+\\.rs$", "");
        long seed = Long.parseLong(name.replaceAll("^.*-(\\d+)\\.rs$", "$1"));
        String source = Files.readString(rs);
        Template t = Templates.all().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertEquals(source, t.instance(seed).source(), name + " is no longer what " + id + " generates for seed " + seed
                + ": regenerate the samples (OracleSampleWriter)");
        String tokio = Files.readString(Path.of(rs.toString().replaceAll("\\.rs$", ".out")));
        for (long sched : List.of(0L, 99L)) {
            PracticeRun run = PracticeRunner.simulate(name, source, sched);
            assertEquals(tokio, run.stdout(), name + " under scheduler seed " + sched);
        }
    }
}
