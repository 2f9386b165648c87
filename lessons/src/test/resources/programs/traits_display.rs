use std::fmt;

struct Celsius(f64);

struct Account {
    owner: String,
    cents: i64,
}

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ${}.{:02}", self.owner, self.cents / 100, self.cents % 100)
    }
}

impl Account {
    fn new(owner: &str) -> Self {
        Account { owner: owner.to_string(), cents: 0 }
    }

    fn deposit(&mut self, cents: i64) {
        self.cents += cents;
    }
}

fn main() {
    let t = Celsius(21.456);
    println!("{}", t);
    let mut acc = Account::new("ada");
    acc.deposit(1234);
    acc.deposit(5);
    println!("{}", acc);
    let s = acc.to_string();
    println!("[{:>16}]", s);
    println!("{}", format!("{} / {}", t, acc));
}
