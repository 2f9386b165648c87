// Moving a field out of a struct leaves the struct partially moved.
#[derive(Debug)]
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("ada"), age: 36 };
    let name = u.name;
    println!("{name} {}", u.age);
    println!("{:?}", u);
}
