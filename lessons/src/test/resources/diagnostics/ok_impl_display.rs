// A Display impl gives to_string().
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn main() {
    let t = Celsius(21.456);
    let s: String = t.to_string();
    println!("{s} {t}");
}
