fn show<T>(item: T) {
    println!("{}", item);
}

fn main() {
    show(5);
}
