use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};

#[derive(Debug, PartialEq, Eq)]
struct State {
    cost: u32,
    node: usize,
}

impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.node.cmp(&other.node))
    }
}

impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn dijkstra(adj: &HashMap<usize, Vec<(usize, u32)>>, start: usize, n: usize) -> Vec<Option<u32>> {
    let mut dist: Vec<Option<u32>> = vec![None; n];
    let mut heap = BinaryHeap::new();
    dist[start] = Some(0);
    heap.push(State { cost: 0, node: start });
    while let Some(State { cost, node }) = heap.pop() {
        if let Some(d) = dist[node] {
            if cost > d {
                continue;
            }
        }
        if let Some(edges) = adj.get(&node) {
            for &(next, w) in edges {
                let nc = cost + w;
                let better = match dist[next] {
                    None => true,
                    Some(d) => nc < d,
                };
                if better {
                    dist[next] = Some(nc);
                    heap.push(State { cost: nc, node: next });
                }
            }
        }
    }
    dist
}

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        heap.push(x);
    }
    println!("peek {:?} len {}", heap.peek(), heap.len());
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    println!("{:?}", out);

    let mut mins = BinaryHeap::new();
    for w in ["pear", "fig", "banana", "kiwi"] {
        mins.push(Reverse((w.len(), w)));
    }
    while let Some(Reverse((len, w))) = mins.pop() {
        print!("{}:{} ", w, len);
    }
    println!();

    let h: BinaryHeap<i32> = vec![3, 1, 4, 1, 5].into_iter().collect();
    println!("{:?}", h.into_sorted_vec());
    let mut h2 = BinaryHeap::from(vec![2, 7, 1]);
    h2.push(10);
    let v = h2.into_vec();
    println!("{}", v.len());

    let edges = [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5), (3, 4, 3)];
    let mut adj: HashMap<usize, Vec<(usize, u32)>> = HashMap::new();
    for &(a, b, w) in edges.iter() {
        adj.entry(a).or_default().push((b, w));
    }
    let dist = dijkstra(&adj, 0, 6);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("node {}: {}", i, d),
            None => println!("node {}: unreachable", i),
        }
    }
    let mut tasks = BinaryHeap::new();
    tasks.push(State { cost: 3, node: 1 });
    tasks.push(State { cost: 1, node: 2 });
    tasks.push(State { cost: 1, node: 0 });
    println!("{:?}", tasks.pop());
    println!("{:?}", tasks.peek());
    println!("{}", tasks.is_empty());
}
