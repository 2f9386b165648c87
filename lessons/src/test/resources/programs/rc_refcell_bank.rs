use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

struct Teller {
    name: String,
    accounts: Vec<Rc<RefCell<Account>>>,
}

impl Teller {
    fn deposit_all(&self, amount: i64) {
        for acc in &self.accounts {
            let mut a = acc.borrow_mut();
            a.balance += amount;
            a.history.push(amount);
        }
    }
}

fn transfer(from: &Rc<RefCell<Account>>, to: &Rc<RefCell<Account>>, amount: i64) -> Result<(), String> {
    if from.borrow().balance < amount {
        return Err(format!("{} has only {}", from.borrow().owner, from.borrow().balance));
    }
    from.borrow_mut().balance -= amount;
    to.borrow_mut().balance += amount;
    Ok(())
}

fn main() {
    let alice = Rc::new(RefCell::new(Account { owner: "alice".into(), balance: 100, history: vec![] }));
    let bob = Rc::new(RefCell::new(Account { owner: "bob".into(), balance: 20, history: vec![] }));
    let t1 = Teller { name: "t1".into(), accounts: vec![alice.clone(), bob.clone()] };
    let t2 = Teller { name: "t2".into(), accounts: vec![Rc::clone(&bob)] };
    t1.deposit_all(10);
    t2.deposit_all(5);
    println!("{} and {} share bob: {}", t1.name, t2.name, Rc::ptr_eq(&t1.accounts[1], &t2.accounts[0]));
    println!("{:?}", transfer(&alice, &bob, 50));
    println!("{:?}", transfer(&bob, &alice, 500));
    println!("alice {} bob {}", alice.borrow().balance, bob.borrow().balance);
    println!("bob history {:?}", bob.borrow().history);
    println!("bob refs {}", Rc::strong_count(&bob));
    drop(t2);
    println!("bob refs after t2 {}", Rc::strong_count(&bob));
    let snapshot = alice.borrow().balance;
    alice.borrow_mut().history.clear();
    println!("{} {:?}", snapshot, alice.borrow());
    match bob.try_borrow_mut() {
        Ok(mut b) => {
            b.balance = 0;
            println!("reset bob");
        }
        Err(e) => println!("busy: {}", e),
    }
    let guard = bob.borrow();
    println!("while reading, try_borrow_mut fails: {}", bob.try_borrow_mut().is_err());
    println!("but another borrow works: {}", bob.try_borrow().is_ok());
    drop(guard);
    let old = bob.replace(Account { owner: "robert".into(), balance: 1, history: vec![1] });
    println!("replaced {} with {}", old.owner, bob.borrow().owner);
}
