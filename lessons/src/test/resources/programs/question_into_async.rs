// elapsed: 15ms
// `?` across async functions and spawned tasks with an error type built from several causes by `From`.
use std::fmt;

#[derive(Debug)]
enum FetchError {
    Timeout(u64),
    Parse(std::num::ParseIntError),
    Closed,
}

impl From<std::num::ParseIntError> for FetchError {
    fn from(e: std::num::ParseIntError) -> Self {
        FetchError::Parse(e)
    }
}

impl From<tokio::sync::oneshot::error::RecvError> for FetchError {
    fn from(_: tokio::sync::oneshot::error::RecvError) -> Self {
        FetchError::Closed
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            FetchError::Timeout(ms) => write!(f, "timed out after {} ms", ms),
            FetchError::Parse(e) => write!(f, "bad reply: {}", e),
            FetchError::Closed => write!(f, "the sender went away"),
        }
    }
}

async fn fetch(reply: &str, delay: u64) -> Result<u32, FetchError> {
    if delay > 50 {
        return Err(FetchError::Timeout(delay));
    }
    tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
    let n: u32 = reply.parse()?;
    Ok(n * 2)
}

async fn relay(send: bool) -> Result<u32, FetchError> {
    let (tx, rx) = tokio::sync::oneshot::channel::<u32>();
    if send {
        tx.send(21).unwrap();
    } else {
        drop(tx);
    }
    let v = rx.await?;
    Ok(v * 2)
}

#[tokio::main]
async fn main() {
    for (reply, delay) in [("7", 10), ("x", 5), ("3", 80)] {
        match fetch(reply, delay).await {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("error: {}", e),
        }
    }
    let a = tokio::spawn(relay(true));
    let b = tokio::spawn(relay(false));
    println!("{:?}", a.await.unwrap().map_err(|e| e.to_string()));
    match b.await.unwrap() {
        Ok(v) => println!("got {}", v),
        Err(e) => println!("relay failed: {} / {:?}", e, e),
    }
}
