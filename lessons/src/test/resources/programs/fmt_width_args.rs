// Widths and precisions from arguments and captured variables, in every position they can be given.
#[tokio::main]
async fn main() {
    let width = 10;
    let prec = 3;
    let pi = 3.14159265;
    let name = "tokio";
    println!("[{:>width$.prec$}]", pi);
    println!("[{:<width$}] [{:^width$}] [{:>width$}]", name, name, name);
    println!("[{name:>width$}] [{name:-^9}] [{pi:.prec$}] [{pi:+.1}]");
    println!("[{:>1$}] [{:^1$}] [{:.*}]", name, 8, 2, pi);
    println!("[{0:>2$}|{1:<2$}]", "a", "b", 4);
    println!("[{:w$.p$}] [{:0w$}]", 2.0f64.sqrt(), 42, w = 9, p = 4);
    for (i, w) in [1usize, 4, 7].iter().enumerate() {
        println!("{i}: [{:>w$}]", "x", w = *w);
    }
    let cols = vec![("id", 4), ("name", 8), ("score", 6)];
    let header: Vec<String> = cols.iter().map(|(c, w)| format!("{:^w$}", c, w = *w)).collect();
    println!("|{}|", header.join("|"));
}
