fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else {
        return None;
    };
    let (Ok(x), Ok(y)) = (a.trim().parse::<i32>(), b.trim().parse::<i32>()) else {
        return None;
    };
    Some((x, y))
}

fn describe(v: Option<i32>) -> String {
    if let Some(n) = v {
        if n > 0 { format!("positive {}", n) } else { format!("non-positive {}", n) }
    } else {
        String::from("nothing")
    }
}

fn main() {
    println!("{:?}", parse_pair("3, 4"));
    println!("{:?}", parse_pair("3; 4"));
    println!("{:?}", parse_pair("x, 4"));
    for v in [Some(2), Some(-1), None] {
        println!("{}", describe(v));
    }
    let grid_size = 3;
    let mut grid = vec![vec![0; grid_size]; grid_size];
    for i in 0..grid_size {
        grid[i][i] = 1;
        grid[i][grid_size - 1 - i] += 2;
    }
    for row in &grid {
        println!("{:?}", row);
    }
    const LIMIT: u32 = 3;
    let mut shadow = 1;
    let shadow_str = shadow.to_string();
    shadow += LIMIT as i32;
    let shadow = shadow * 10;
    println!("{} {}", shadow_str, shadow);
    let c = 'Z';
    println!("{} {} {}", c.is_uppercase(), c.to_ascii_lowercase(), c as u32);
    println!("{}", (b'a' + 2) as char);
}
