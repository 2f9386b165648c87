package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.rustlite.diag.CompileError;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every broken program in {@code src/test/resources/errors/} must fail to compile with exactly the diagnostics in
 * its sibling {@code .expected} file ({@code file:line:column: message}, source line, caret).
 */
class ErrorCorpusTest {

    @TestFactory
    Stream<DynamicTest> errors() {
        return CorpusSupport.files(CorpusSupport.ERRORS).stream().map(rs -> DynamicTest.dynamicTest(rs.getFileName().toString(), () -> {
            String src = CorpusSupport.read(rs);
            CompileError e = assertThrows(CompileError.class, () -> RustLite.compile(rs.getFileName().toString(), src));
            assertEquals(CorpusSupport.read(CorpusSupport.sibling(rs, ".expected")).stripTrailing(), e.render().stripTrailing());
        }));
    }

    @Test
    void errorCorpusIsBigEnough() {
        List<Path> files = CorpusSupport.files(CorpusSupport.ERRORS);
        assertTrue(files.size() >= 25, "the error corpus has " + files.size() + " programs; the issue asks for at least 25");
    }
}
