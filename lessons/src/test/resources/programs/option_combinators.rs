#[derive(Debug)]
struct User {
    id: u32,
    name: String,
    email: Option<String>,
    manager: Option<u32>,
}

fn find_user(users: &[User], id: u32) -> Option<&User> {
    users.iter().find(|u| u.id == id)
}

fn domain(u: &User) -> Option<&str> {
    u.email.as_deref().and_then(|e| e.split('@').nth(1))
}

fn parse_pair(s: &str) -> Result<(i32, i32), String> {
    let (a, b) = s.split_once(',').ok_or(format!("no comma in {:?}", s))?;
    let a = a.trim().parse::<i32>().map_err(|e| format!("bad first: {}", e))?;
    let b = b.trim().parse::<i32>().map_err(|e| format!("bad second: {}", e))?;
    Ok((a, b))
}

fn main() {
    let users = vec![
        User { id: 1, name: "root".into(), email: Some("root@corp.example".into()), manager: None },
        User { id: 2, name: "dana".into(), email: Some("dana@mail.example".into()), manager: Some(1) },
        User { id: 3, name: "eli".into(), email: None, manager: Some(2) },
    ];
    for id in 1..=4 {
        let u = find_user(&users, id);
        let name = u.map(|u| u.name.as_str()).unwrap_or("<none>");
        let dom = u.and_then(domain).unwrap_or_default();
        let boss = u.and_then(|u| u.manager).and_then(|m| find_user(&users, m)).map(|m| m.name.clone());
        println!("{} {:6} {:18} {:?}", id, name, dom, boss);
    }
    let email_len = users[2].email.as_ref().map_or(0, |e| e.len());
    println!("{}", email_len);
    let x: Option<i32> = Some(4);
    println!("{:?} {:?} {:?}", x.filter(|v| *v > 5), x.xor(None), x.zip(Some('a')));
    println!("{:?} {:?}", x.or(Some(9)), None.or(Some(9)));
    println!("{} {}", x.is_some(), x.is_none());
    println!("{:?}", x.ok_or("missing"));
    let mut slot = Some(String::from("taken"));
    let got = slot.take();
    println!("{:?} {:?}", got, slot);
    let old = slot.replace("new".to_string());
    println!("{:?} {:?}", old, slot);
    let r = slot.get_or_insert_with(|| "never".to_string());
    r.push('!');
    println!("{:?}", slot);
    for s in ["1,2", "3, x", "nocomma", " 10 , -4 "] {
        match parse_pair(s) {
            Ok((a, b)) => println!("{} + {} = {}", a, b, a + b),
            Err(e) => println!("error: {}", e),
        }
    }
    let all: Result<Vec<(i32, i32)>, String> = ["1,1", "2,2"].iter().map(|s| parse_pair(s)).collect();
    println!("{:?}", all);
    let bad: Result<Vec<(i32, i32)>, String> = ["1,1", "z,2", "q"].iter().map(|s| parse_pair(s)).collect();
    println!("{:?}", bad);
    let opts: Option<Vec<i32>> = vec![Some(1), Some(2), None].into_iter().collect();
    println!("{:?}", opts);
    let sum: Option<i32> = [Some(1), Some(5)].iter().copied().sum();
    println!("{:?}", sum);
    let res: Result<i32, String> = Err("boom".into());
    println!("{} {:?} {:?}", res.clone().unwrap_or(-1), res.clone().ok(), res.as_ref().err());
    println!("{:?}", res.clone().or_else(|e| if e == "boom" { Ok::<i32, String>(0) } else { Err(e) }));
    let ok: Result<i32, String> = Ok(3);
    println!("{:?}", ok.as_ref().map(|v| v * 2));
    println!("{:?}", ok.and_then(|v| if v > 2 { Err(format!("{} too big", v)) } else { Ok(v) }));
    println!("{}", Some(3).map_or_else(|| "none".to_string(), |v| v.to_string()));
    let nested: Option<Option<i32>> = Some(Some(7));
    println!("{:?}", nested.flatten());
    println!("{:?}", Some(5).iter().chain(None.iter()).collect::<Vec<&i32>>());
    let words = vec!["apple", "bob", "kayak"];
    let first_pal = words.iter().find(|w| w.chars().rev().collect::<String>() == **w);
    println!("{:?}", first_pal);
    println!("{}", Some(2).unwrap_or_else(|| 0) + None.unwrap_or(40));
    if let Some(ref e) = users[0].email {
        println!("{}", e.to_uppercase());
    }
    let ids: Vec<u32> = users.iter().filter_map(|u| u.manager).collect();
    println!("{:?}", ids);
    println!("{}", users.iter().filter(|u| u.email.is_none()).count());
    println!("{:?}", users.last().map(|u| &u.name));
}
