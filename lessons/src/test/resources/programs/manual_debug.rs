use std::fmt;

struct Secret {
    user: String,
    password: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Secret {{ user: {:?}, password: \"***\" }}", self.user)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} ({} chars hidden)", self.user, self.password.len())
    }
}

#[derive(Debug)]
struct Vault {
    owner: String,
    items: Vec<Secret>,
}

fn main() {
    let s = Secret { user: "ada".to_string(), password: "hunter2".to_string() };
    println!("{}", s);
    println!("{:?}", s);
    let v = Vault { owner: "bob".to_string(), items: vec![s] };
    println!("{:?}", v);
}
