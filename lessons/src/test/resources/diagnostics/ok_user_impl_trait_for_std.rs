// A user trait implemented for std types adds methods to them.
trait Shout {
    fn shout(&self) -> String;
}

impl Shout for str {
    fn shout(&self) -> String {
        self.to_uppercase() + "!"
    }
}

impl Shout for i32 {
    fn shout(&self) -> String {
        format!("{}!", self)
    }
}

fn main() {
    println!("{} {}", "hey".shout(), 5.shout());
    let s = String::from("you");
    println!("{}", s.shout());
}
