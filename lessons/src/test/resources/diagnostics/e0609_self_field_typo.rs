// A typo in a field name inside a method.
struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balanse += amount;
    }
}

fn main() {
    let mut a = Account { balance: 0 };
    a.deposit(5);
    println!("{}", a.balance);
}
