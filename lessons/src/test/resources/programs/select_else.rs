async fn maybe(v: Option<i32>) -> Option<i32> {
    v
}

#[tokio::main]
async fn main() {
    let r = tokio::select! {
        Some(x) = maybe(None) => format!("first {}", x),
        Some(y) = maybe(Some(7)) => format!("second {}", y),
        else => "none matched".to_string(),
    };
    println!("{}", r);
    let r2 = tokio::select! {
        Some(x) = maybe(None) => format!("got {}", x),
        else => "else branch".to_string(),
    };
    println!("{}", r2);
    let flag = false;
    let r3 = tokio::select! {
        v = maybe(Some(1)), if flag => format!("disabled {:?}", v),
        v = maybe(Some(2)) => format!("enabled {:?}", v),
    };
    println!("{}", r3);
}
