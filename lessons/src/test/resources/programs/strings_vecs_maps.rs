use std::collections::{BTreeMap, HashMap};

fn main() {
    let s = String::from("Hello, wörld 42");
    println!("{:?} {:?}", s.get(0..5), s.chars().nth(8));
    println!("{}", &s[7..]);
    println!("{:?}", s.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).collect::<Vec<_>>());
    println!("{}", s.contains(char::is_numeric));
    println!("{:?}", String::from_utf8(vec![104, 105]));
    println!("{}", s.bytes().len());
    println!("{}", s.chars().rev().take(2).collect::<String>());
    println!("{:?}", "3.5".parse::<f32>());
    let mut owned = "abc".to_owned();
    owned += "def";
    owned.insert_str(0, ">>");
    println!("{} {}", owned, owned.to_uppercase());
    println!("{:?}", owned.char_indices().rev().next());

    let mut v = vec![5, 3, 8, 1];
    v.swap(0, 3);
    if let Some(last) = v.last_mut() {
        *last *= 10;
    }
    v.iter_mut().for_each(|x| *x += 1);
    v.extend_from_slice(&[7, 7]);
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?} max {:?}", v, v.iter().copied().max());
    println!("{:?}", v.iter().rposition(|x| *x == 7));
    println!("{:?}", v.chunks_exact(2).map(|c| c[0] + c[1]).collect::<Vec<_>>());
    let parts: Vec<Vec<i32>> = [1, 0, 2, 3, 0, 4].split(|x| *x == 0).map(|p| p.to_vec()).collect();
    println!("{:?}", parts);
    let zeros = vec![0u8; 4];
    println!("{:?} {}", zeros, zeros.iter().all(|z| *z == 0));
    let avg = v.iter().map(|x| *x as f64).sum::<f64>() / v.len() as f64;
    println!("{:.2}", avg);

    let mut stock: HashMap<&str, i32> = HashMap::new();
    for item in ["pen", "ink", "pen", "pad", "pen"] {
        stock.entry(item).and_modify(|n| *n += 1).or_insert(1);
    }
    for n in stock.values_mut() {
        *n *= 10;
    }
    stock.retain(|_, n| *n > 10);
    let mut keys: Vec<_> = stock.into_iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let mut ages: BTreeMap<&str, u32> = BTreeMap::new();
    ages.insert("cy", 40);
    ages.insert("ann", 30);
    ages.insert("bob", 25);
    println!("{:?} {:?}", ages.first_key_value(), ages.last_key_value());
    println!("{:?}", ages.range("b".."d").collect::<Vec<_>>());
    println!("{:?} {}", ages.pop_first(), ages.len());
    let older: BTreeMap<_, _> = ages.iter().filter(|(_, a)| **a > 30).map(|(k, a)| (*k, a + 1)).collect();
    println!("{:?}", older);
}
