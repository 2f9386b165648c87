// An enum without the method.
enum Command {
    Start,
    Stop,
}

fn main() {
    let c = Command::Start;
    c.execute();
}
