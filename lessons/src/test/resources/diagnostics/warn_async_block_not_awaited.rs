// An async block is a future too.
#[tokio::main]
async fn main() {
    async {
        println!("never printed");
    };
    println!("end");
}
