package asyncscope.lessons.rustlite;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik property unless the soak was asked for ({@code -Dasyncscope.soak=true}); JUnit's
 * {@code @EnabledIfSystemProperty} does not apply to jqwik's properties. Use with
 * {@code @AddLifecycleHook(SoakOnly.class)}.
 */
public final class SoakOnly implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Boolean.getBoolean("asyncscope.soak") ? SkipResult.doNotSkip() : SkipResult.skip("a soak: run with -Dasyncscope.soak=true");
    }
}
