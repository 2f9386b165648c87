package asyncscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The jar's commands without a window: {@code --version}, a usage error, and no arguments meaning the app. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int command(String... args) {
        return Main.command(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheBuildTheJavaRuntimeAndTheEngineSettings() {
        for (String flag : new String[] {"--version", "-V"}) {
            out.reset();
            assertEquals(0, command(flag));
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("Asyncscope " + AppInfo.version() + "\n"), text);
            assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
            assertTrue(text.contains("local queues of 256 tasks"), text);
            assertTrue(text.contains("keeps up to 4,000,000 events"), text);
            assertTrue(text.contains("512 MB of memory, 16 MB of output"), text);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownArgumentIsAUsageErrorThatListsTheCommands() {
        assertEquals(2, command("--versoin"));
        String usage = err.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("asyncscope --version"), usage);
        assertTrue(usage.contains("asyncscope run FILE.rs"), usage);
    }

    @Test
    void noArgumentsStartTheApp() {
        assertEquals(Main.START_APP, command());
    }
}
