// A struct field gets a value of the wrong type.
struct Job {
    id: u64,
    name: String,
}

fn main() {
    let job = Job { id: 7, name: "build" };
    println!("{} {}", job.id, job.name);
}
