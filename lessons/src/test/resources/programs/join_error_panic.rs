use tokio::task::JoinError;

fn describe(e: JoinError) -> String {
    if e.is_cancelled() {
        return "cancelled".to_string();
    }
    let payload = e.into_panic();
    if let Some(s) = payload.downcast_ref::<&str>() {
        format!("panicked with &str: {}", s)
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("panicked with String: {}", s)
    } else {
        "panicked with something else".to_string()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let h1 = tokio::spawn(async {
        panic!("static message");
    });
    let h2 = tokio::spawn(async {
        let n = 7;
        panic!("formatted {}", n);
    });
    let h3 = tokio::spawn(async {
        tokio::time::sleep(std::time::Duration::from_secs(10)).await;
    });
    h3.abort();
    for h in [h1, h2, h3] {
        match h.await {
            Ok(()) => println!("ok"),
            Err(e) => println!("{}", describe(e)),
        }
    }
}
