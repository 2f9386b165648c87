use std::cmp::{Ordering, Reverse};

#[derive(Debug, Clone, PartialEq)]
struct Event {
    at_ms: u64,
    priority: u8,
    name: String,
}

fn by_time_then_priority(a: &Event, b: &Event) -> Ordering {
    a.at_ms.cmp(&b.at_ms).then_with(|| b.priority.cmp(&a.priority))
}

fn main() {
    let mut events = vec![
        Event { at_ms: 30, priority: 1, name: "flush".into() },
        Event { at_ms: 10, priority: 5, name: "connect".into() },
        Event { at_ms: 30, priority: 9, name: "alert".into() },
        Event { at_ms: 20, priority: 5, name: "send".into() },
        Event { at_ms: 10, priority: 1, name: "log".into() },
    ];
    events.sort_by(by_time_then_priority);
    for e in &events {
        println!("{:>3}ms p{} {}", e.at_ms, e.priority, e.name);
    }
    let mut by_prio = events.clone();
    by_prio.sort_by_key(|e| (Reverse(e.priority), e.name.clone()));
    let names: Vec<&str> = by_prio.iter().map(|e| e.name.as_str()).collect();
    println!("{:?}", names);
    let times: Vec<u64> = events.iter().map(|e| e.at_ms).collect();
    println!("{:?} {:?}", times.binary_search(&20), times.binary_search(&25));
    let latest = events.iter().max_by(|a, b| by_time_then_priority(a, b)).unwrap();
    println!("latest {}", latest.name);
    let earliest = events.iter().min_by_key(|e| (e.at_ms, e.priority)).unwrap();
    println!("earliest {}", earliest.name);
    println!("{:?}", Reverse(3) < Reverse(5));
    println!("{:?}", events[0].partial_cmp_placeholder());
}

trait Placeholder {
    fn partial_cmp_placeholder(&self) -> Option<Ordering>;
}

impl Placeholder for Event {
    fn partial_cmp_placeholder(&self) -> Option<Ordering> {
        self.at_ms.partial_cmp(&15)
    }
}
