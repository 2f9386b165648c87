// std::thread::spawn has the same rule.
use std::thread;

fn main() {
    let counts = vec![1, 2, 3];
    let t = thread::spawn(|| {
        println!("{:?}", counts);
    });
    t.join().unwrap();
}
