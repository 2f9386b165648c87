// Mutating structs inside a Vec through iter_mut, get_mut and indexing; retain.
#[derive(Debug)]
struct Task {
    id: u32,
    done: bool,
}

fn main() {
    let mut tasks: Vec<Task> = (1..=4).map(|id| Task { id, done: false }).collect();
    for t in tasks.iter_mut() {
        if t.id % 2 == 0 {
            t.done = true;
        }
    }
    if let Some(t) = tasks.get_mut(0) {
        t.done = true;
    }
    tasks[2].done = false;
    tasks.retain(|t| !t.done);
    println!("{:?}", tasks.iter().map(|t| t.id).collect::<Vec<_>>());
}
