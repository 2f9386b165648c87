struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

fn consume(n: Noisy) {
    println!("consuming {}", n.name);
}

fn main() {
    let _a = make("a");
    let b = make("b");
    {
        let _inner = make("inner");
        println!("leaving inner scope");
    }
    consume(b);
    let c = make("c");
    let moved = c;
    println!("moved {}", moved.name);
    let v = vec![make("v1"), make("v2")];
    println!("vec has {}", v.len());
    drop(v);
    let _ = make("ignored");
    println!("end of main");
}
