// elapsed: 50ms
// Hand-written futures that poll the futures they hold: a tokio Sleep, a oneshot receiver and another
// hand-written future, each with the task's own Context (the inner one keeps the waker and wakes the task).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::oneshot;
use tokio::time::{sleep, Duration, Sleep};

struct Counted<F> {
    inner: Pin<Box<F>>,
    polls: u32,
}

impl<F: Future> Future for Counted<F> {
    type Output = (F::Output, u32);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.polls += 1;
        match self.inner.as_mut().poll(cx) {
            Poll::Ready(v) => Poll::Ready((v, self.polls)),
            Poll::Pending => Poll::Pending,
        }
    }
}

struct FirstOf {
    a: Pin<Box<Sleep>>,
    b: oneshot::Receiver<&'static str>,
}

impl Future for FirstOf {
    type Output = String;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<String> {
        if let Poll::Ready(msg) = Pin::new(&mut self.b).poll(cx) {
            return Poll::Ready(format!("message {:?}", msg.unwrap()));
        }
        if self.a.as_mut().poll(cx).is_ready() {
            return Poll::Ready("timer".to_string());
        }
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ((), polls) = Counted { inner: Box::pin(sleep(Duration::from_millis(20))), polls: 0 }.await;
    println!("sleep done after {polls} polls");

    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        tx.send("hi").unwrap();
    });
    let won = FirstOf { a: Box::pin(sleep(Duration::from_millis(100))), b: rx }.await;
    println!("first: {won}");

    let (_tx2, rx2) = oneshot::channel::<&'static str>();
    let inner = FirstOf { a: Box::pin(sleep(Duration::from_millis(25))), b: rx2 };
    let (won, polls) = Counted { inner: Box::pin(inner), polls: 0 }.await;
    println!("first: {won} after {polls} polls");
}
