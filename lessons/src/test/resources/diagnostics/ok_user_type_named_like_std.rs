// A program's own types may reuse std names; the program's wins.
#[derive(Debug)]
struct Duration {
    minutes: u32,
}

#[derive(Debug)]
enum Ordering {
    First,
    Last,
}

impl Duration {
    fn as_millis(&self) -> String {
        format!("{} min", self.minutes)
    }
}

fn main() {
    let d = Duration { minutes: 5 };
    let label: String = d.as_millis();
    let o = Ordering::First;
    println!("{label} {:?} {:?}", o, Ordering::Last);
}
