// `==` on a type that neither derives nor implements `PartialEq`.
#[derive(Debug)]
enum Light {
    Red,
    Green,
}

#[tokio::main]
async fn main() {
    let l = Light::Red;
    if l == Light::Green {
        println!("go");
    }
    println!("{:?}", l);
}
