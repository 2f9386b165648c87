package asyncscope.lessons.practice.drill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** The seeded choices a template makes when it fills in its parameters; the same seed gives the same drill. */
public final class Dice {
    private final SplittableRandom rng;

    public Dice(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /** A whole number in [lo, hi]. */
    public int between(int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    public boolean coin() {
        return rng.nextBoolean();
    }

    public <T> T pick(List<T> from) {
        return from.get(rng.nextInt(from.size()));
    }

    /** {@code n} distinct items of {@code from}, in random order. */
    public <T> List<T> distinct(List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        shuffle(copy);
        return new ArrayList<>(copy.subList(0, n));
    }

    /** {@code n} distinct multiples of {@code step} in [lo, hi], in random order. */
    public List<Integer> distinctMultiples(int lo, int hi, int step, int n) {
        List<Integer> all = new ArrayList<>();
        for (int v = lo; v <= hi; v += step) {
            all.add(v);
        }
        return distinct(all, n);
    }

    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
    }
}
