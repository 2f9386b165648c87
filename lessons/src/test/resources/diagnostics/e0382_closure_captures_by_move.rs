// A move closure takes what it uses.
fn main() {
    let log = vec![String::from("start")];
    let print_log = move || println!("{:?}", log);
    print_log();
    println!("{}", log.len());
}
