package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Source;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the compiler's passes on a thread whose stack is sized for the deepest tree the parser accepts
 * ({@link asyncscope.lessons.rustlite.parse.Parser#MAX_DEPTH} levels), whatever thread asked for the
 * compilation: the UI thread, a test runner, the command line. Every pass that walks the tree (parser,
 * compiler, checkers) recurses once or a few times per level, so with the depth bounded and the stack sized
 * for it no program can make them overflow. The threads are kept for a while and reused; their stacks are
 * reserved address space, committed only as deep as a compilation actually goes.
 */
public final class DeepStack {
    private DeepStack() {}

    /** {@code MAX_DEPTH} levels of the heaviest pass today take under 64 MB: four times that. */
    static final long STACK_BYTES = 256L << 20;

    private static final ThreadPoolExecutor THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(null, r, "rustlite-compiler", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    /**
     * {@code work} on a deep stack; its exceptions reach the caller as they were thrown. Should a pass still
     * overflow (a bug: the depth limit exists so it cannot), the program gets a diagnostic, not a crash.
     */
    public static <T> T run(Source source, Supplier<T> work) {
        Future<T> f = THREADS.submit(() -> {
            try {
                return work.get();
            } catch (StackOverflowError e) {
                throw new CompileError(source, List.of(new Diagnostic(source.file(), 1, 1,
                        "this program nests too deeply for the compiler")));
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true; // a compilation is short: finish it, then let the caller see its interrupt
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
