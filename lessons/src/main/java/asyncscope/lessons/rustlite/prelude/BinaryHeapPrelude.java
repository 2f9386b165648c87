package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code std::collections::BinaryHeap}: a max-heap kept in a list with std's own sift algorithms (the "hole"
 * sift-up, sift-down-to-bottom on pop, the bottom-up rebuild of {@code From<Vec>}), so that besides pop order its
 * {@code {:?}}, {@code iter()} and {@code into_vec()} show the same internal order as Rust's. Elements compare
 * as everywhere else ({@link Values#compare}: derived or the program's own {@code Ord}).
 */
public final class BinaryHeapPrelude {
    private BinaryHeapPrelude() {}

    static void install() {
        Prelude.reg("BinaryHeap::new, BinaryHeap::with_capacity", (in, a, at) -> new RHeap(new ArrayList<>()));
        Prelude.reg("BinaryHeap::from, BinaryHeap::from_iter", (in, a, at) -> RHeap.of(Iters.drain(in, a[0])));
    }

    /** The heap: {@code data[0]} is the greatest element. */
    public record RHeap(List<Object> data) implements Methods.HasMethods, Fmt.Displayable, Iterable<Object>,
            asyncscope.lessons.rustlite.interp.Owner {
        @Override
        public Iterable<Object> owned() {
            return new ArrayList<>(data);
        }

        /** A heap of {@code items} built as {@code BinaryHeap::from(vec)} builds it. */
        public static RHeap of(List<Object> items) {
            RHeap h = new RHeap(new ArrayList<>(items));
            h.rebuild();
            return h;
        }

        private int cmp(int i, int j) {
            return Values.compare(data.get(i), data.get(j));
        }

        private int cmpTo(Object e, int j) {
            return Values.compare(e, data.get(j));
        }

        /** std's sift_up: the element at {@code pos} rises while it is greater than its parent. */
        private int siftUp(int start, int pos) {
            Object e = data.get(pos);
            while (pos > start) {
                int parent = (pos - 1) / 2;
                if (cmpTo(e, parent) <= 0) {
                    break;
                }
                data.set(pos, data.get(parent));
                pos = parent;
            }
            data.set(pos, e);
            return pos;
        }

        /** std's sift_down_range: the element at {@code pos} sinks below greater children, within {@code [0, end)}. */
        private void siftDownRange(int pos, int end) {
            Object e = data.get(pos);
            int child = 2 * pos + 1;
            while (child <= Math.max(end - 2, 0)) {
                if (cmp(child, child + 1) <= 0) {
                    child++;
                }
                if (cmpTo(e, child) >= 0) {
                    data.set(pos, e);
                    return;
                }
                data.set(pos, data.get(child));
                pos = child;
                child = 2 * pos + 1;
            }
            if (child == end - 1 && cmpTo(e, child) < 0) {
                data.set(pos, data.get(child));
                pos = child;
            }
            data.set(pos, e);
        }

        /** std's sift_down_to_bottom (used by pop): move the hole to a leaf, then sift the element up from there. */
        private void siftDownToBottom(int pos) {
            int end = data.size();
            int start = pos;
            Object e = data.get(pos);
            int child = 2 * pos + 1;
            while (end >= 2 && child <= end - 2) {
                if (cmp(child, child + 1) <= 0) {
                    child++;
                }
                data.set(pos, data.get(child));
                pos = child;
                child = 2 * pos + 1;
            }
            if (child == end - 1) {
                data.set(pos, data.get(child));
                pos = child;
            }
            data.set(pos, e);
            siftUp(start, pos);
        }

        private void rebuild() {
            for (int n = data.size() / 2; n > 0; ) {
                n--;
                siftDownRange(n, data.size());
            }
        }

        void push(Object v) {
            data.add(v);
            siftUp(0, data.size() - 1);
        }

        Object pop() {
            if (data.isEmpty()) {
                return null;
            }
            Object item = data.remove(data.size() - 1);
            if (!data.isEmpty()) {
                Object top = data.get(0);
                data.set(0, item);
                item = top;
                siftDownToBottom(0);
            }
            return item;
        }

        List<Object> sorted() {
            RHeap copy = new RHeap(new ArrayList<>(data));
            for (int end = copy.data.size(); end > 1; ) {
                end--;
                Object t = copy.data.get(0);
                copy.data.set(0, copy.data.get(end));
                copy.data.set(end, t);
                copy.siftDownRange(0, end);
            }
            return copy.data;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return switch (name) {
                case "push" -> {
                    push(Methods.arg(args, 0));
                    yield Unit.UNIT;
                }
                case "pop" -> REnum.option(pop());
                case "peek" -> data.isEmpty() ? REnum.NONE : REnum.some(data.get(0));
                case "len" -> Methods.usize(data.size());
                case "is_empty" -> data.isEmpty();
                case "clear" -> {
                    data.clear();
                    yield Unit.UNIT;
                }
                case "iter", "into_iter" -> RIter.over(new ArrayList<>(data).iterator());
                case "drain" -> {
                    List<Object> all = new ArrayList<>(data);
                    data.clear();
                    yield RIter.over(all.iterator());
                }
                case "into_vec" -> new RVec(new ArrayList<>(data));
                case "into_sorted_vec" -> new RVec(sorted());
                case "extend" -> {
                    for (Object o : Iters.drain(in, args[0])) {
                        push(o);
                    }
                    yield Unit.UNIT;
                }
                case "append" -> {
                    RHeap other = (RHeap) Methods.arg(args, 0);
                    for (Object o : other.data) {
                        push(o);
                    }
                    other.data.clear();
                    yield Unit.UNIT;
                }
                case "retain" -> {
                    data.removeIf(k -> !Values.truthy(in.call(args[0], new Object[] {k}, at), 0, 0));
                    rebuild();
                    yield Unit.UNIT;
                }
                case "clone" -> new RHeap(new ArrayList<>(data.stream().map(Methods::cloneValue).toList()));
                default -> Methods.NO_SUCH;
            };
        }

        @Override
        public java.util.Iterator<Object> iterator() {
            return new ArrayList<>(data).iterator();
        }

        @Override
        public String display() {
            return Fmt.debug(new RVec(new ArrayList<>(data)), false);
        }
    }
}
