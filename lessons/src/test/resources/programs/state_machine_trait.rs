trait State {
    fn name(&self) -> &'static str;
    fn next(self: Box<Self>, input: char) -> Box<dyn State>;
    fn accepting(&self) -> bool {
        false
    }
}

struct Start;
struct InNumber { digits: usize }
struct Done { digits: usize }
struct Error;

impl State for Start {
    fn name(&self) -> &'static str { "start" }
    fn next(self: Box<Self>, c: char) -> Box<dyn State> {
        if c.is_ascii_digit() { Box::new(InNumber { digits: 1 }) } else { Box::new(Error) }
    }
}

impl State for InNumber {
    fn name(&self) -> &'static str { "number" }
    fn next(self: Box<Self>, c: char) -> Box<dyn State> {
        match c {
            '0'..='9' => Box::new(InNumber { digits: self.digits + 1 }),
            ';' => Box::new(Done { digits: self.digits }),
            _ => Box::new(Error),
        }
    }
}

impl State for Done {
    fn name(&self) -> &'static str { "done" }
    fn next(self: Box<Self>, _c: char) -> Box<dyn State> { Box::new(Error) }
    fn accepting(&self) -> bool { self.digits > 0 }
}

impl State for Error {
    fn name(&self) -> &'static str { "error" }
    fn next(self: Box<Self>, _c: char) -> Box<dyn State> { self }
}

fn run(input: &str) -> (bool, Vec<&'static str>) {
    let mut s: Box<dyn State> = Box::new(Start);
    let mut trace = vec![s.name()];
    for c in input.chars() {
        s = s.next(c);
        trace.push(s.name());
    }
    (s.accepting(), trace)
}

fn main() {
    for inp in ["123;", "12a;", ";", "7;", "42"] {
        let (ok, trace) = run(inp);
        println!("{:<5} {:<5} {}", inp, ok, trace.join(">"));
    }
}
