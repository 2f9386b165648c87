use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Grade {
    A,
    B,
    C,
    F,
}

impl Grade {
    fn from_score(s: u32) -> Grade {
        match s {
            90..=100 => Grade::A,
            80..=89 => Grade::B,
            65..=79 => Grade::C,
            _ => Grade::F,
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::F => "F",
        };
        f.pad(s)
    }
}

struct Report<'a> {
    rows: Vec<(&'a str, u32)>,
}

impl<'a> fmt::Display for Report<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{:<8}|{:>6}|{:^7}", "name", "score", "grade")?;
        writeln!(f, "{}", "-".repeat(23))?;
        for (n, s) in &self.rows {
            writeln!(f, "{:<8}|{:>6}|{:^7}", n, s, Grade::from_score(*s))?;
        }
        Ok(())
    }
}

fn main() {
    let data = "ana:93,bo:71,cy:88,dee:54,eli:100,fay:80";
    let rows: Vec<(&str, u32)> = data
        .split(',')
        .filter_map(|p| p.split_once(':'))
        .map(|(n, s)| (n, s.parse().unwrap()))
        .collect();
    let report = Report { rows: rows.clone() };
    print!("{}", report);
    let mut by_grade: BTreeMap<Grade, Vec<&str>> = BTreeMap::new();
    for (n, s) in &rows {
        by_grade.entry(Grade::from_score(*s)).or_default().push(n);
    }
    for (g, names) in &by_grade {
        println!("{}: {}", g, names.join(" "));
    }
    let avg = rows.iter().map(|(_, s)| *s as f64).sum::<f64>() / rows.len() as f64;
    println!("average {:.2}, best {:?}", avg, rows.iter().max_by_key(|(_, s)| *s).map(|(n, _)| n));
    println!("{}", Grade::A < Grade::F);
    println!("[{:>3}] [{:<3}]", Grade::B, Grade::C);
    let passed = rows.iter().filter(|(_, s)| Grade::from_score(*s) != Grade::F).count();
    println!("{}/{} passed", passed, rows.len());
}
