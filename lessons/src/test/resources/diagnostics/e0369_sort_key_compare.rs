// `<` between two values of a struct that does not implement `PartialOrd`.
#[derive(Debug, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 3 };
    println!("{}", a < b);
    println!("{}", a.major + b.minor);
}
