// Constructors through a generic bound (`T::new()`, `T::default()`), trait static methods and default methods.
trait Animal {
    fn new(name: &str) -> Self;
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
    fn kind() -> &'static str {
        "animal"
    }
}

struct Dog {
    name: String,
}

struct Cat {
    name: String,
    lives: u8,
}

impl Animal for Dog {
    fn new(name: &str) -> Self {
        Dog { name: name.to_string() }
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
    fn kind() -> &'static str {
        "dog"
    }
}

impl Animal for Cat {
    fn new(name: &str) -> Self {
        Cat { name: name.to_string(), lives: 9 }
    }
    fn name(&self) -> String {
        format!("{} ({} lives)", self.name, self.lives)
    }
    fn sound(&self) -> String {
        "meow".to_string()
    }
    fn speak(&self) -> String {
        format!("{} purrs", self.name)
    }
}

fn adopt<A: Animal>(name: &str) -> A {
    A::new(name)
}

fn describe<A: Animal>(a: &A) -> String {
    format!("[{}] {}", A::kind(), a.speak())
}

trait Zero {
    fn zero() -> Self;
}

impl Zero for i64 {
    fn zero() -> Self {
        0
    }
}

impl Zero for f64 {
    fn zero() -> Self {
        0.0
    }
}

fn sum_all<T: Zero + std::ops::Add<Output = T> + Copy>(xs: &[T]) -> T {
    let mut acc = T::zero();
    for x in xs {
        acc = acc + *x;
    }
    acc
}

#[derive(Default, Debug)]
struct Stats {
    count: usize,
    total: i64,
}

fn fresh<T: Default + std::fmt::Debug>() -> String {
    format!("{:?}", T::default())
}

#[tokio::main]
async fn main() {
    let d: Dog = adopt("Rex");
    let c = adopt::<Cat>("Tom");
    println!("{}", d.speak());
    println!("{}", c.speak());
    println!("{}", describe(&d));
    println!("{}", describe(&c));
    println!("{} {}", Dog::kind(), Cat::kind());
    println!("{} {}", sum_all(&[1i64, 2, 3, 4]), sum_all(&[0.5, 0.25]));
    println!("{}", fresh::<Stats>());
    println!("{}", fresh::<Vec<i32>>());
    let h = tokio::spawn(async move {
        let s: Stats = Default::default();
        s.count + 1 + s.total as usize
    });
    println!("{}", h.await.unwrap());
}
