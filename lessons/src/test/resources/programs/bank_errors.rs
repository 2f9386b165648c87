// exit: 1
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum BankError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountNotFound(String),
    Frozen,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::AccountNotFound(name) => write!(f, "no account named '{}'", name),
            BankError::Frozen => write!(f, "account is frozen"),
        }
    }
}

impl Error for BankError {}

#[derive(Debug, Clone)]
struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn find(&mut self, owner: &str) -> Result<&mut Account, BankError> {
        self.accounts
            .iter_mut()
            .find(|a| a.owner == owner)
            .ok_or_else(|| BankError::AccountNotFound(owner.to_string()))
    }

    fn withdraw(&mut self, owner: &str, amount: u64) -> Result<u64, BankError> {
        let acct = self.find(owner)?;
        if acct.frozen {
            return Err(BankError::Frozen);
        }
        if acct.balance < amount {
            return Err(BankError::InsufficientFunds { needed: amount, available: acct.balance });
        }
        acct.balance -= amount;
        Ok(acct.balance)
    }

    fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), Box<dyn Error>> {
        self.withdraw(from, amount)?;
        let dest = self.find(to)?;
        dest.balance += amount;
        Ok(())
    }
}

fn parse_amount(s: &str) -> Result<u64, Box<dyn Error>> {
    let n: u64 = s.trim().parse()?;
    if n == 0 {
        return Err("amount must be positive".into());
    }
    Ok(n)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut bank = Bank {
        accounts: vec![
            Account { owner: "alice".into(), balance: 100, frozen: false },
            Account { owner: "bob".into(), balance: 20, frozen: false },
            Account { owner: "carol".into(), balance: 500, frozen: true },
        ],
    };
    println!("{:?}", bank.withdraw("alice", 30));
    match bank.withdraw("bob", 50) {
        Ok(left) => println!("left {}", left),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = bank.withdraw("carol", 1) {
        println!("error: {e} / {e:?}");
    }
    if let Err(e) = bank.transfer("alice", "dave", 10) {
        println!("transfer failed: {}", e);
    }
    bank.transfer("alice", "bob", 25)?;
    for a in &bank.accounts {
        println!("{:>6}: {:>4}{}", a.owner, a.balance, if a.frozen { " (frozen)" } else { "" });
    }
    for input in ["42", " 7 ", "0", "abc", "-3"] {
        match parse_amount(input) {
            Ok(n) => println!("{:?} -> {}", input, n),
            Err(e) => println!("{:?} -> error: {}", input, e),
        }
    }
    let n = parse_amount("x1")?;
    println!("unreachable {}", n);
    Ok(())
}
