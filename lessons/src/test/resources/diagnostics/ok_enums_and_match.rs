// Enums with data, match with guards and bindings, if let chains of Options.
#[derive(Debug)]
enum Event {
    Tick(u64),
    Message { from: String, body: String },
    Quit,
}

fn handle(e: &Event) -> String {
    match e {
        Event::Tick(n) if *n > 10 => format!("late tick {n}"),
        Event::Tick(n) => format!("tick {n}"),
        Event::Message { from, body } => format!("{from}: {body}"),
        Event::Quit => "quit".to_string(),
    }
}

fn main() {
    let events = vec![Event::Tick(3), Event::Tick(12), Event::Message { from: "a".into(), body: "hi".into() }, Event::Quit];
    for e in &events {
        println!("{}", handle(e));
    }
    if let Some(Event::Tick(n)) = events.first() {
        println!("first tick {n}");
    }
}
