use std::collections::{HashSet, VecDeque};

fn neighbors(p: (usize, usize), rows: usize, cols: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (r, c) = p;
    if r > 0 { out.push((r - 1, c)); }
    if r + 1 < rows { out.push((r + 1, c)); }
    if c > 0 { out.push((r, c - 1)); }
    if c + 1 < cols { out.push((r, c + 1)); }
    out
}

fn bfs(grid: &[Vec<char>], start: (usize, usize), goal: (usize, usize)) -> Option<usize> {
    let rows = grid.len();
    let cols = grid[0].len();
    let mut seen = HashSet::new();
    let mut q = VecDeque::new();
    q.push_back((start, 0));
    seen.insert(start);
    while let Some((p, d)) = q.pop_front() {
        if p == goal {
            return Some(d);
        }
        for n in neighbors(p, rows, cols) {
            if grid[n.0][n.1] != '#' && seen.insert(n) {
                q.push_back((n, d + 1));
            }
        }
    }
    None
}

fn main() {
    let maze = [
        "S..#....",
        ".#.#.##.",
        ".#...#..",
        ".####.#.",
        "......#G",
    ];
    let grid: Vec<Vec<char>> = maze.iter().map(|l| l.chars().collect()).collect();
    let mut start = (0, 0);
    let mut goal = (0, 0);
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == 'S' { start = (r, c); }
            if ch == 'G' { goal = (r, c); }
        }
    }
    println!("start {:?} goal {:?}", start, goal);
    match bfs(&grid, start, goal) {
        Some(d) => println!("shortest path: {} steps", d),
        None => println!("no path"),
    }
    let mut blocked = grid.clone();
    blocked[2][7] = '#';
    blocked[1][7] = '#';
    println!("{:?}", bfs(&blocked, start, goal));

    let mut dq: VecDeque<i32> = VecDeque::with_capacity(4);
    dq.push_back(1);
    dq.push_back(2);
    dq.push_front(0);
    dq.push_front(-1);
    println!("{:?} front={:?} back={:?} len={}", dq, dq.front(), dq.back(), dq.len());
    dq.rotate_left(1);
    println!("{:?}", dq);
    let v: Vec<i32> = dq.iter().map(|x| x * 10).collect();
    println!("{:?} {}", v, dq.contains(&2));
    while let Some(x) = dq.pop_back() {
        print!("{} ", x);
    }
    println!("| empty={}", dq.is_empty());

    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].iter().cloned().collect();
    let mut inter: Vec<_> = a.intersection(&b).collect();
    inter.sort();
    let mut uni: Vec<_> = a.union(&b).cloned().collect();
    uni.sort();
    let mut diff: Vec<_> = a.difference(&b).copied().collect();
    diff.sort();
    let mut sym: Vec<_> = a.symmetric_difference(&b).collect();
    sym.sort();
    println!("{:?} {:?} {:?} {:?}", inter, uni, diff, sym);
    println!("{} {}", a.is_subset(&b), a.contains(&1));
}
