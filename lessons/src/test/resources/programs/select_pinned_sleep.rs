// elapsed: 500ms
use tokio::time::{self, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let deadline = time::sleep(Duration::from_millis(500));
    tokio::pin!(deadline);
    let mut ticker = time::interval(Duration::from_millis(200));
    let mut ticks = 0;
    loop {
        tokio::select! {
            _ = &mut deadline => {
                println!("deadline reached after {} ticks", ticks);
                break;
            }
            _ = ticker.tick() => {
                ticks += 1;
                println!("tick {}", ticks);
            }
        }
    }
}
