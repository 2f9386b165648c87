fn main() {
    let bytes = vec![104, 101, 108, 108, 111];
    let s = String::from_utf8(bytes).unwrap();
    println!("{}", s);
    let bad = vec![0x66, 0x6f, 0xff, 0x6f];
    match String::from_utf8(bad.clone()) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("error: {}", e),
    }
    let lossy = String::from_utf8_lossy(&bad);
    println!("{} ({} chars)", lossy, lossy.chars().count());
    let cow = String::from_utf8_lossy(b"plain");
    println!("{}", cow);
    let heart = "héllo ❤".as_bytes().to_vec();
    println!("{:?}", heart);
    println!("{}", String::from_utf8(heart).unwrap());
    let e = String::from_utf8(vec![0xe2, 0x9d]).unwrap_err();
    println!("{} | {:?}", e, e.utf8_error().valid_up_to());
    let back = e.into_bytes();
    println!("{:?}", back);
    let st = std::str::from_utf8(&[82, 117, 115, 116]).unwrap();
    println!("{}", st);
    let partial = vec![0xc3u8];
    println!("{:?}", std::str::from_utf8(&partial).is_err());
    let mut buf = Vec::new();
    buf.extend_from_slice(b"key=");
    buf.extend("value".bytes());
    buf.push(b'!');
    println!("{}", String::from_utf8_lossy(&buf));
    let upper: Vec<u8> = buf.iter().map(|b| b.to_ascii_uppercase()).collect();
    println!("{}", String::from_utf8(upper).unwrap());
    let hex: String = "AZ".bytes().map(|b| format!("{:02x}", b)).collect();
    println!("{}", hex);
    let chars: Vec<char> = "abc".chars().collect();
    let s2: String = chars.iter().collect();
    let s3 = String::from_iter(['x', 'y']);
    println!("{} {}", s2, s3);
    println!("{:?}", "€".bytes().collect::<Vec<u8>>());
    println!("{}", char::from(65u8));
    println!("{:?}", b'a'.is_ascii_lowercase());
}
