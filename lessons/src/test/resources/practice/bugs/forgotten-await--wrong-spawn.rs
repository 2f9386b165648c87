use tokio::time::{sleep, Duration};

async fn save_user(name: &str) {
    sleep(Duration::from_millis(20)).await;
    println!("saved {}", name);
}

async fn send_welcome_email(name: &str) {
    sleep(Duration::from_millis(50)).await;
    println!("welcome email sent to {}", name);
}

#[tokio::main]
async fn main() {
    save_user("ann").await;
    tokio::spawn(send_welcome_email("ann"));
    println!("signup of ann complete");
}
