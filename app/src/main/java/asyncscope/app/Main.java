package asyncscope.app;

/**
 * Entry point of {@code asyncscope.jar}. With no arguments it will start the JavaFX app; with
 * {@code run FILE.rs} it runs a Rust-lite program headless. This class must not extend
 * {@code javafx.application.Application}: a shaded jar on the classpath starts JavaFX through a plain main.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("asyncscope: the app and the runner arrive with the Rust-lite and app issues");
        System.exit(2);
    }
}
