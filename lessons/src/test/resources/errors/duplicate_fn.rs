fn helper() {}

fn helper() {}

fn main() {
    helper();
}
