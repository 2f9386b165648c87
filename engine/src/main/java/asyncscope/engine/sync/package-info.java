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
 *
 * <h2>RESOURCE events</h2>
 * Every event is {@code Payload.Resource(kind, id, op, value, detail)}, emitted by the task doing the
 * operation (so the event's task is the actor). Wakes caused by a primitive carry
 * {@code WakeSource(CHANNEL | SEMAPHORE | MUTEX | NOTIFY, id)}.
 * <ul>
 *   <li>{@code mpsc}: {@code create} (capacity, -1 unbounded), {@code send} / {@code recv} (buffer occupancy
 *       after; detail = the message), {@code sender_parked} / {@code sender_unparked} (occupancy; detail =
 *       {@code waiting=[task ids]}), {@code send_cancelled} / {@code send_cancelled_pass_on},
 *       {@code receiver_parked}, {@code recv_none}, {@code closed} (detail = why), {@code sender_clone},
 *       {@code sender_drop}, {@code receiver_drop}.</li>
 *   <li>{@code oneshot}: {@code create}, {@code send}, {@code send_failed}, {@code sender_drop}, {@code recv},
 *       {@code recv_closed}, {@code receiver_parked}, {@code closed}, {@code receiver_drop}.</li>
 *   <li>{@code broadcast}: {@code create} (ring size), {@code subscribe} (receivers), {@code send} (values
 *       retained), {@code send_failed}, {@code recv} (how far that receiver is behind), {@code lagged}
 *       (values skipped), {@code receiver_parked}, {@code closed}, {@code receiver_drop}.</li>
 *   <li>{@code watch}: {@code create}, {@code subscribe}, {@code send} (version), {@code receiver_parked},
 *       {@code closed}, {@code receiver_drop}.</li>
 *   <li>{@code semaphore} and {@code mutex}: {@code create} (permits), {@code acquire}, {@code waiting},
 *       {@code release}, {@code acquire_cancelled} / {@code acquire_cancelled_pass_on}, {@code forget},
 *       {@code add_permits}, {@code closed}; value = free permits after; detail names the task and the
 *       queue, e.g. {@code "task 4 gave 1; waiting=[7, 9]"}.</li>
 *   <li>{@code notify}: {@code create}, {@code notify_one} (1 if it stored the permit), {@code notify_waiters},
 *       {@code waiting}, {@code notified} (took the stored permit), {@code cancel}, {@code cancel_pass_on}.</li>
 * </ul>
 */
package asyncscope.engine.sync;
