// `for x in v` consumes v; iterate over `&v` to keep it.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    for n in names {
        println!("{n}");
    }
    println!("{}", names.len());
}
