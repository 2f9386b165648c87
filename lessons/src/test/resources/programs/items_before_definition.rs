// elapsed: 30ms
// Functions, types, constants and modules used above their definitions, as rustc allows.
use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for id in 1..=3 {
        handles.push(tokio::spawn(process(id, Job::new(id * 10))));
    }
    for h in handles {
        let report = h.await.unwrap();
        println!("{}", report);
    }
    let total = helpers::add_all(&[1, 2, 3]);
    println!("total {} limit {}", total, LIMIT);
    for n in [LIMIT + 1, 4] {
        match classify(n) {
            Status::Done(v) => println!("{} is fine: {}", n, v),
            Status::TooBig => println!("{} is too big", n),
        }
    }
    println!("{}", helpers::inner::shout("done"));
    let area = scale(Shape::Square(3), 2);
    println!("area {}", area);
}

async fn process(id: u32, job: Job) -> String {
    tokio::time::sleep(Duration::from_millis(10 * id as u64)).await;
    let status = check(&job, LIMIT);
    format!("task {} -> {:?}", id, status)
}

fn check(job: &Job, limit: u32) -> Status {
    if job.size > limit {
        Status::TooBig
    } else {
        Status::Done(job.size * 2)
    }
}

const LIMIT: u32 = 25;

#[derive(Debug)]
enum Status {
    Done(u32),
    TooBig,
}

struct Job {
    size: u32,
}

impl Job {
    fn new(size: u32) -> Job {
        Job { size }
    }
}

fn classify(n: u32) -> Status {
    if n > LIMIT { Status::TooBig } else { Status::Done(n) }
}

fn scale(shape: Shape, factor: u32) -> u32 {
    shape.area() * factor
}

enum Shape {
    Square(u32),
}

impl Shape {
    fn area(&self) -> u32 {
        match self {
            Shape::Square(side) => side * side,
        }
    }
}

mod helpers {
    pub fn add_all(xs: &[u32]) -> u32 {
        xs.iter().sum()
    }

    pub mod inner {
        pub fn shout(s: &str) -> String {
            format!("{}!", s.to_uppercase())
        }
    }
}
