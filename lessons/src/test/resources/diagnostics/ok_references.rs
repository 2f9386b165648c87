// References are Copy: passing one twice is fine; &String works where &str is wanted.
fn len_of(s: &str) -> usize {
    s.len()
}

fn first(v: &Vec<i32>) -> i32 {
    v[0]
}

fn main() {
    let s = String::from("tokio");
    let r = &s;
    println!("{} {}", len_of(r), len_of(r));
    println!("{}", len_of(&s));
    let v = vec![4, 5];
    let rv = &v;
    println!("{} {}", first(rv), first(rv));
    let boxed = Box::new(String::from("b"));
    println!("{}", len_of(&boxed));
}
