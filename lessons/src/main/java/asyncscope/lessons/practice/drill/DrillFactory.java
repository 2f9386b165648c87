package asyncscope.lessons.practice.drill;

import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.PracticeRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Makes drills: fills a template in from a seed, runs the program on the simulated engine, reads the right
 * answer from that run, adds the wrong answers the template's misconceptions predict (dropping any that
 * coincide with the right one or with each other), shuffles the choices with the seed and asks. A template
 * that fails for a seed (the program does not compile or run cleanly, or fewer than two distinct wrong
 * answers remain) is skipped and logged, never shown: {@link #next} then draws again.
 */
public final class DrillFactory {
    private static final System.Logger LOG = System.getLogger(DrillFactory.class.getName());
    /** At most this many choices per drill: the key and three misconceptions. */
    public static final int MAX_CHOICES = 4;
    private static final int ATTEMPTS = 24;

    private final List<Template> templates;
    private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());

    public DrillFactory(List<Template> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no templates");
        }
        this.templates = List.copyOf(templates);
    }

    /** A factory over every shipped template. */
    public static DrillFactory standard() {
        return new DrillFactory(Templates.all());
    }

    public List<Template> templates() {
        return templates;
    }

    /** The drill of {@code template} for {@code seed}; throws {@link GenerationException} if it cannot be made. */
    public Drill make(Template template, long seed) {
        Instance in = template.instance(seed);
        PracticeRun run = PracticeRunner.simulate(template.id() + ".rs", in.source(), seed);
        if (!run.compiled()) {
            throw new GenerationException(template.id() + " seed " + seed + ": the program does not compile: "
                    + run.compileErrors().get(0));
        }
        if (run.exitCode() != 0) {
            throw new GenerationException(template.id() + " seed " + seed + ": the program exited with "
                    + run.exitCode() + ": " + run.stderr().lines().findFirst().orElse(""));
        }
        Answer key = in.key().apply(run);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(key, null));
        for (Wrong w : in.wrongs().apply(run, key)) {
            if (choices.size() == MAX_CHOICES) {
                break;
            }
            boolean dup = choices.stream().anyMatch(c -> c.text().equals(w.answer().render()));
            if (!dup) {
                choices.add(new Choice(w.answer(), w.because()));
            }
        }
        if (choices.size() < 3) {
            throw new GenerationException(template.id() + " seed " + seed + ": only " + (choices.size() - 1)
                    + " distinct wrong answer(s) for " + in.params());
        }
        Decision decision = in.decide().apply(run);
        new Dice(seed * 31 + 7).shuffle(choices);
        int answer = 0;
        while (!choices.get(answer).right()) {
            answer++;
        }
        return new Drill(template.id(), template.title(), template.concept(), seed, in.params(), in.source(),
                in.question(), choices, answer, decision, run, in.timed());
    }

    /** The drill, or empty if the template failed for this seed (logged, and kept in {@link #skipped()}). */
    public Optional<Drill> tryMake(Template template, long seed) {
        try {
            return Optional.of(make(template, seed));
        } catch (RuntimeException e) {
            String why = e instanceof GenerationException ? e.getMessage()
                    : template.id() + " seed " + seed + ": " + e;
            skipped.add(why);
            LOG.log(System.Logger.Level.WARNING, "skipping a drill that failed to generate: " + why);
            return Optional.empty();
        }
    }

    /** A drill for {@code seed}: the seed picks the template; a failing one is skipped and the next is tried. */
    public Drill next(long seed) {
        Dice d = new Dice(seed);
        int start = d.between(0, templates.size() - 1);
        for (int i = 0; i < ATTEMPTS; i++) {
            Template t = templates.get((start + i) % templates.size());
            Optional<Drill> drill = tryMake(t, seed + i * 1_000_003L);
            if (drill.isPresent()) {
                return drill.get();
            }
        }
        throw new GenerationException("no template could make a drill from seed " + seed);
    }

    /** A drill of the template with this id. */
    public Drill next(String templateId, long seed) {
        Template t = templates.stream().filter(x -> x.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no template " + templateId));
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<Drill> drill = tryMake(t, seed + i * 1_000_003L);
            if (drill.isPresent()) {
                return drill.get();
            }
        }
        throw new GenerationException("template " + templateId + " failed for " + ATTEMPTS + " seeds from " + seed);
    }

    /** Why drills were skipped so far (template, seed, reason). */
    public List<String> skipped() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }
}
