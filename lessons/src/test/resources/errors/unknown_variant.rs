enum Color {
    Red,
    Green,
}

fn main() {
    let c = Color::Blue;
    match c {
        Color::Red => println!("red"),
        Color::Purple => println!("purple"),
        _ => {}
    }
}
