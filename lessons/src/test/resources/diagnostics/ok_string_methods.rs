// Common string methods and their types.
fn main() {
    let line = "  GET /index.html HTTP/1.1  ";
    let parts: Vec<&str> = line.trim().split(' ').collect();
    let method = parts[0].to_lowercase();
    let path = parts.get(1).copied().unwrap_or("/");
    let mut out = String::new();
    out.push_str(&method);
    out.push(' ');
    out += path;
    println!("{out} {} {}", out.len(), out.contains("index"));
    if let Some((k, v)) = "a=1".split_once('=') {
        println!("{k} {v}");
    }
}
