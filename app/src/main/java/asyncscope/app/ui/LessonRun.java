package asyncscope.app.ui;

import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.Compilation;
import asyncscope.app.scenario.RunControl;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.util.List;

/**
 * Running the code view's text as a Rust-lite program, everything that can take time off the UI thread:
 * compile it ({@link Compilation}: any failure, a compiler crash included, is a list of problems), pick the
 * settings (while the learner left flavour and workers alone, the program's own {@code #[tokio::main]}
 * decides them), run it under the job's {@link RunControl} and build the model of what it did.
 */
sealed interface LessonRun {
    /** The text did not compile: the problems for the strip. */
    record NotCompiled(List<Diagnostic> problems) implements LessonRun {}

    /** It ran (to the end, to a panic, or until stopped): the settings used, the outcome and its model. */
    record Ran(RunSettings settings, RustLiteScenario.Outcome outcome, TraceModel model) implements LessonRun {}

    /**
     * Blocks: the job's work. {@code follow}: use the program's own flavour and workers (with the chosen
     * mode and seed) instead of {@code chosen}'s. Throws {@link IllegalArgumentException} when the settings
     * contradict the program.
     */
    static LessonRun perform(RustLiteScenario sc, RunSettings chosen, boolean follow, RunControl control) {
        control.enter(RunControl.Phase.COMPILING);
        Compilation c = Compilation.of(sc.file(), sc.source());
        if (c instanceof Compilation.Failed f) {
            return new NotCompiled(f.problems());
        }
        RunSettings s = chosen;
        if (follow) {
            RunSettings d = RustLiteScenario.defaultsOf(c);
            s = new RunSettings(chosen.live(), chosen.seed(), d.workers(), d.flavor());
        }
        control.throwIfCancelled();
        RustLiteScenario.Outcome o = sc.executeWith(((Compilation.Compiled) c).program(), s, control);
        return new Ran(s, o, control.modelOfStopped(o.trace()));
    }
}
