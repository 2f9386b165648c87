package asyncscope.app.scenario;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Flavor;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.sync.Mpsc;
import java.util.Optional;

/**
 * A bounded mpsc channel between a fast producer and a slow consumer: the buffer fills and the producer
 * is suspended until the consumer makes room (backpressure).
 */
public final class ChannelDemo implements Scenario {
    static final String SOURCE = """
            #[tokio::main(flavor = "current_thread")]
            async fn main() {
                let (tx, mut rx) = tokio::sync::mpsc::channel::<u32>(3);
                let producer = tokio::spawn(async move {
                    for i in 0..8 {
                        tx.send(i).await.unwrap();   // waits while the buffer is full
                        println!("sent {i}");
                    }
                });
                let consumer = tokio::spawn(async move {
                    while let Some(v) = rx.recv().await {
                        tokio::task::yield_now().await;  // a slow consumer
                        tokio::task::yield_now().await;
                        println!("got {v}");
                    }
                });
                let _ = tokio::join!(producer, consumer);
            }
            """;

    @Override
    public String title() {
        return "mpsc channel — backpressure";
    }

    @Override
    public String summary() {
        return "A buffer of 3 between a fast producer and a slow consumer: when it is full, send waits.";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return new RunSettings(false, 1, 1, Flavor.CURRENT_THREAD);
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> {
            Mpsc.Pair<Integer> ch = Mpsc.channel(3);
            Script.Builder prod = Script.named("producer");
            for (int i = 0; i < 8; i++) {
                int n = i;
                prod.await("send", () -> ch.sender().send(n)).run("println", () -> Script.println("sent " + n));
            }
            prod.run("drop(tx)", () -> ch.sender().drop());
            return Script.named("main")
                    .await("join!", () -> Join.of(
                            Handle.current().spawn(prod.build(), "producer", SourceSpan.at(4, 20)),
                            Handle.current().spawn(new Consumer(ch), "consumer", SourceSpan.at(10, 20))))
                    .build();
        });
    }

    /** {@code while let Some(v) = rx.recv().await { yield; yield; println }} as a hand-written future. */
    private static final class Consumer implements asyncscope.engine.future.Future<Object> {
        private final Mpsc.Pair<Integer> ch;
        private asyncscope.engine.future.Future<Optional<Integer>> recv;
        private asyncscope.engine.future.Future<Void> pause;
        private int pauses;
        private Integer value;

        Consumer(Mpsc.Pair<Integer> ch) {
            this.ch = ch;
        }

        @Override
        public asyncscope.engine.future.Poll<Object> poll(asyncscope.engine.future.Context cx) {
            for (;;) {
                if (pause != null) {
                    if (!pause.poll(cx).isReady()) {
                        return asyncscope.engine.future.Poll.pending();
                    }
                    pause = null;
                    if (++pauses < 2) {
                        pause = new YieldNow();
                        continue;
                    }
                    Script.println("got " + value);
                }
                if (recv == null) {
                    recv = ch.receiver().recv();
                }
                var p = recv.poll(cx);
                if (!p.isReady()) {
                    return asyncscope.engine.future.Poll.pending();
                }
                recv = null;
                if (p.value().isEmpty()) {
                    return asyncscope.engine.future.Poll.ready(null);
                }
                value = p.value().get();
                pauses = 0;
                pause = new YieldNow();
            }
        }

        @Override
        public void drop() {
            if (recv != null) {
                recv.drop();
            }
        }

        @Override
        public String describe() {
            return "consumer";
        }
    }
}
