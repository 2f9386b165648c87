// clone() exists only for types that implement Clone.
struct Config {
    workers: usize,
}

fn main() {
    let a = Config { workers: 4 };
    let b = a.clone();
    println!("{} {}", a.workers, b.workers);
}
