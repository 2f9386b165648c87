// A &str parameter is given a String (it needs a borrow: `&name`).
fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {
    let name = String::from("tokio");
    println!("{}", shout(name));
}
