// `?` on Option inside helpers, combined with `ok_or`/`map_err` and `.into()` to the function's error type.
#[derive(Debug)]
struct AppError(String);

impl From<String> for AppError {
    fn from(s: String) -> Self {
        AppError(s)
    }
}

impl From<&str> for AppError {
    fn from(s: &str) -> Self {
        AppError(s.to_string())
    }
}

fn first_even(xs: &[i32]) -> Option<i32> {
    let x = xs.iter().find(|x| *x % 2 == 0)?;
    Some(*x * 10)
}

fn middle(s: &str) -> Option<char> {
    let n = s.chars().count();
    if n == 0 {
        return None;
    }
    s.chars().nth(n / 2)
}

fn pick(xs: &[i32], word: &str) -> Result<String, AppError> {
    let e = first_even(xs).ok_or("no even number")?;
    let m = middle(word).ok_or_else(|| format!("empty word after {}", e))?;
    if m == 'x' {
        return Err("x is not allowed".into());
    }
    Ok(format!("{}{}", e, m))
}

#[tokio::main]
async fn main() {
    println!("{:?}", pick(&[1, 3, 4], "abc"));
    println!("{:?}", pick(&[1, 3], "abc"));
    println!("{:?}", pick(&[2], ""));
    println!("{:?}", pick(&[6], "axb"));
    let h = tokio::spawn(async { pick(&[8, 9], "tokio").map_err(|e| e.0) });
    println!("{:?}", h.await.unwrap());
}
