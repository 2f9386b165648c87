#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Ident(String),
    Op(char),
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(&d) = chars.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v as i64;
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token::Num(n));
        } else if c.is_alphabetic() || c == '_' {
            let mut s = String::new();
            while let Some(&d) = chars.peek() {
                if d.is_alphanumeric() || d == '_' {
                    s.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token::Ident(s));
        } else if "+-*/()=".contains(c) {
            out.push(Token::Op(c));
            chars.next();
        } else {
            return Err(format!("unexpected {:?}", c));
        }
    }
    Ok(out)
}

fn main() {
    let toks = tokenize("total = price_1 * 12 + (tax - 3)").unwrap();
    for t in &toks {
        println!("{:?}", t);
    }
    println!("{} tokens, {} numbers", toks.len(), toks.iter().filter(|t| matches!(t, Token::Num(_))).count());
    println!("{:?}", tokenize("a $ b"));
    let sum: i64 = toks.iter().filter_map(|t| if let Token::Num(n) = t { Some(*n) } else { None }).sum();
    println!("sum of numbers {}", sum);
    println!("{}", toks.contains(&Token::Op('=')));
}
