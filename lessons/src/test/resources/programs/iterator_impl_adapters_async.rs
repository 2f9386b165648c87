// elapsed: 40ms
// A user iterator feeding tasks: each item becomes a spawned task; the results are folded back in order.
use std::time::Duration;

struct Jobs {
    next_id: u32,
    limit: u32,
}

impl Iterator for Jobs {
    type Item = (u32, u64);
    fn next(&mut self) -> Option<(u32, u64)> {
        if self.next_id >= self.limit {
            return None;
        }
        self.next_id += 1;
        Some((self.next_id, (self.next_id as u64 * 7) % 5 * 10))
    }
}

#[tokio::main]
async fn main() {
    let handles: Vec<_> = Jobs { next_id: 0, limit: 5 }
        .map(|(id, ms)| {
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(ms)).await;
                id * 100 + ms as u32
            })
        })
        .collect();
    let mut results = Vec::new();
    for h in handles {
        results.push(h.await.unwrap());
    }
    println!("{:?}", results);
    let total: u64 = Jobs { next_id: 0, limit: 5 }.map(|(_, ms)| ms).sum();
    let longest = Jobs { next_id: 0, limit: 5 }.max_by_key(|(_, ms)| *ms).unwrap();
    println!("total sleep {} ms, longest {:?}", total, longest);
    let ids: Vec<String> = Jobs { next_id: 2, limit: 6 }.map(|(id, _)| format!("job-{}", id)).collect();
    println!("{}", ids.join(", "));
}
