/**
 * Tokio's {@code tokio::sync}: the ways tasks hand each other values and take turns.
 *
 * <table>
 *   <caption>Tokio API and its Java counterpart</caption>
 *   <tr><th>Tokio</th><th>here</th></tr>
 *   <tr><td>{@code mpsc::channel(n)} / {@code mpsc::unbounded_channel()}</td>
 *       <td>{@link asyncscope.engine.sync.Mpsc#channel} / {@link asyncscope.engine.sync.Mpsc#unboundedChannel}
 *       → {@code Pair(sender, receiver)}</td></tr>
 *   <tr><td>{@code tx.send(v).await}, {@code tx.try_send(v)}, {@code tx.clone()}, {@code drop(tx)}</td>
 *       <td>{@code send(v)} (a future of {@code Result<Void, SendError>}), {@code trySend}, {@code clone()},
 *       {@code drop()}; on an unbounded channel {@code trySend} never fails with Full (Tokio's
 *       {@code UnboundedSender::send})</td></tr>
 *   <tr><td>{@code rx.recv().await}, {@code rx.try_recv()}, {@code rx.close()}</td>
 *       <td>{@code recv()} (a future of {@code Optional}), {@code tryRecv()}, {@code close()}, {@code drop()}</td></tr>
 *   <tr><td>{@code oneshot::channel()}; {@code tx.send(v)}; {@code rx.await}</td>
 *       <td>{@link asyncscope.engine.sync.Oneshot#channel}; {@code send(v)} → {@code Result<Void, T>};
 *       the receiver is a future of {@code Result<T, RecvError>}</td></tr>
 *   <tr><td>{@code broadcast::channel(n)}, {@code tx.subscribe()}, {@code Lagged(n)}, {@code Closed}</td>
 *       <td>{@link asyncscope.engine.sync.Broadcast#channel}, {@code subscribe()},
 *       {@code RecvError.Lagged}, {@code RecvError.Closed}</td></tr>
 *   <tr><td>{@code watch::channel(v)}, {@code tx.send(v)}, {@code rx.changed().await}, {@code rx.borrow_and_update()}</td>
 *       <td>{@link asyncscope.engine.sync.Watch#channel}, {@code send}, {@code changed()}, {@code borrowAndUpdate()}</td></tr>
 *   <tr><td>{@code Semaphore::new(n)}, {@code acquire().await}, {@code acquire_many}, {@code try_acquire},
 *       {@code add_permits}, {@code close}, {@code available_permits}</td>
 *       <td>{@link asyncscope.engine.sync.Semaphore}: {@code acquire()}, {@code acquireMany}, {@code tryAcquire},
 *       {@code addPermits}, {@code close}, {@code availablePermits}; the permit's {@code drop()} gives it back</td></tr>
 *   <tr><td>{@code Notify::new()}, {@code notify_one}, {@code notify_waiters}, {@code notified().await}</td>
 *       <td>{@link asyncscope.engine.sync.Notify}: {@code notifyOne}, {@code notifyWaiters}, {@code notified()}</td></tr>
 *   <tr><td>{@code Mutex::new(v)}, {@code lock().await}, {@code try_lock}, {@code *guard = ..}, {@code drop(guard)}</td>
 *       <td>{@link asyncscope.engine.sync.Mutex}: {@code lock()}, {@code tryLock()}, guard {@code get/set/update},
 *       {@code unlock()}/{@code drop()}</td></tr>
 * </table>
 *
 * <p>Rust's {@code Result} is {@link asyncscope.engine.sync.Result} (a sealed Ok/Err), Rust's {@code drop}
 * is an explicit {@code drop()} on senders, receivers, permits and guards, and {@link
 * asyncscope.engine.future.Future#drop()} on futures abandoned while pending (select losers, aborted
 * tasks). Every pending operation is cancel safe: dropping it removes its waiter, loses no message and
 * leaks no permit. Each primitive has one lock; wakers are called after it is released, naming the
 * primitive as the {@link asyncscope.engine.event.WakeSource}. State changes are RESOURCE events, and
 * each primitive offers a {@code snapshot()} record for widgets.
 */
package asyncscope.engine.sync;
