// A trait with a generic blanket impl adds methods to many types.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<{}>", self)
    }
}

fn main() {
    println!("{} {} {}", 5.describe(), "x".describe(), String::from("s").describe());
}
