struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

async fn slow() -> u32 {
    let _g = Guard("slow");
    for _ in 0..10 { tokio::task::yield_now().await; }
    1
}

async fn fast() -> u32 {
    let _g = Guard("fast");
    2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::select! {
        biased;
        v = slow() => println!("slow won {v}"),
        v = fast() => println!("fast won {v}"),
    }
    let g = Guard("explicit");
    drop(g);
    println!("end");
}
