// Trait default methods that call required ones, overridden in one impl, used through generics and dyn.
trait Greeter {
    fn name(&self) -> String;
    fn greeting(&self) -> String {
        "Hello".to_string()
    }
    fn greet(&self) -> String {
        format!("{}, {}!", self.greeting(), self.name())
    }
    fn shout(&self) -> String {
        self.greet().to_uppercase()
    }
}

struct English(String);
struct French(String);

impl Greeter for English {
    fn name(&self) -> String {
        self.0.clone()
    }
}

impl Greeter for French {
    fn name(&self) -> String {
        self.0.clone()
    }
    fn greeting(&self) -> String {
        "Bonjour".to_string()
    }
}

fn welcome<G: Greeter>(g: &G) -> String {
    format!("[{}]", g.greet())
}

fn all(gs: &[Box<dyn Greeter>]) -> Vec<String> {
    gs.iter().map(|g| g.shout()).collect()
}

#[tokio::main]
async fn main() {
    let e = English("Ann".into());
    let f = French("Luc".into());
    println!("{}", e.greet());
    println!("{}", f.greet());
    println!("{} {}", welcome(&e), welcome(&f));
    let boxed: Vec<Box<dyn Greeter>> = vec![Box::new(e), Box::new(f)];
    for s in all(&boxed) {
        println!("{}", s);
    }
    let h = tokio::spawn(async move { French("Zoé".into()).shout() });
    println!("{}", h.await.unwrap());
}
