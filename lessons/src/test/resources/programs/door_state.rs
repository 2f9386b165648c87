use std::mem;

#[derive(Debug)]
enum State {
    Closed,
    Open { visitors: Vec<String> },
    Locked(u32),
}

struct Door {
    state: State,
    log: Vec<String>,
}

impl Door {
    fn open(&mut self) {
        let old = mem::replace(&mut self.state, State::Closed);
        self.state = match old {
            State::Closed => State::Open { visitors: Vec::new() },
            State::Locked(code) => {
                self.log.push(format!("cannot open, locked with {}", code));
                State::Locked(code)
            }
            open => open,
        };
    }

    fn enter(&mut self, who: &str) {
        if let State::Open { visitors } = &mut self.state {
            visitors.push(who.to_string());
        } else {
            self.log.push(format!("{} bumped into the door", who));
        }
    }

    fn close(&mut self) -> Vec<String> {
        match mem::replace(&mut self.state, State::Closed) {
            State::Open { visitors } => visitors,
            other => {
                self.state = other;
                Vec::new()
            }
        }
    }
}

fn main() {
    let mut door = Door { state: State::Closed, log: Vec::new() };
    door.enter("ann");
    door.open();
    door.enter("bob");
    door.enter("cy");
    let inside = door.close();
    println!("inside: {:?}", inside);
    door.state = State::Locked(1234);
    door.open();
    println!("{:?}", door.state);
    let taken = mem::take(&mut door.log);
    println!("log: {:?} (left {})", taken, door.log.len());
    let mut a = State::Closed;
    let mut b = State::Locked(7);
    mem::swap(&mut a, &mut b);
    println!("{:?} {:?}", a, b);
}
