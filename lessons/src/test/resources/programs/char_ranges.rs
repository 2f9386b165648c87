fn main() {
    let letters: Vec<char> = ('a'..='e').collect();
    println!("{:?}", letters);
    let s: String = ('A'..'F').collect();
    println!("{}", s);
    for c in ('x'..='z').rev() {
        print!("{} ", c);
    }
    println!();
    let digits: Vec<u32> = ('0'..='9').filter_map(|c| c.to_digit(10)).filter(|d| d % 3 == 0).collect();
    println!("{:?}", digits);
    let word = "Hello, World";
    let upper = word.chars().filter(|c| ('A'..='Z').contains(c)).count();
    println!("uppercase letters: {}", upper);
    println!("{}", ('a'..='z').count());
    let shifted: String = "abc".chars().map(|c| ((c as u8) + 1) as char).collect();
    println!("{}", shifted);
    println!("{}", char::from_digit(7, 10).unwrap());
    println!("{}", 'a'.is_alphabetic() && '1'.is_numeric() && ' '.is_whitespace());
    println!("{:?}", std::char::from_u32(0x41));
}
