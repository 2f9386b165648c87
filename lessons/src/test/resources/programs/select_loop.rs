use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx_a, mut rx_a) = mpsc::channel(4);
    let (tx_b, mut rx_b) = mpsc::channel(4);
    tokio::spawn(async move {
        for i in 0..3 {
            tx_a.send(format!("a{}", i)).await.unwrap();
        }
    });
    tokio::spawn(async move {
        for i in 0..2 {
            tx_b.send(format!("b{}", i)).await.unwrap();
        }
    });
    let mut got = Vec::new();
    let mut a_open = true;
    let mut b_open = true;
    while a_open || b_open {
        tokio::select! {
            msg = rx_a.recv(), if a_open => match msg {
                Some(m) => got.push(m),
                None => a_open = false,
            },
            msg = rx_b.recv(), if b_open => match msg {
                Some(m) => got.push(m),
                None => b_open = false,
            },
        }
    }
    got.sort();
    println!("{:?}", got);
}
