async fn fetch(id: u32) -> Result<u32, String> {
    tokio::task::yield_now().await;
    if id == 2 {
        Err(format!("id {} failed", id))
    } else {
        Ok(id * 100)
    }
}

async fn all_ok() -> Result<(u32, u32), String> {
    let (a, b) = tokio::try_join!(fetch(1), fetch(3))?;
    Ok((a, b))
}

#[tokio::main]
async fn main() {
    println!("{:?}", all_ok().await);
    let r = tokio::try_join!(fetch(1), fetch(2), fetch(3));
    println!("{:?}", r);
}
