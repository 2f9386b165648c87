use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use tokio::sync::{Notify, Semaphore};
use std::sync::Arc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let push = |x: i32| log.borrow_mut().push(x);
    push(1);
    push(2);
    println!("{:?}", log.borrow());
    let sum: i32 = log.borrow().iter().sum();
    println!("sum {}", sum);
    {
        let mut l = log.borrow_mut();
        l.retain(|x| *x > 1);
        l.push(9);
    }
    println!("{:?} len {}", log.borrow(), log.borrow().len());

    let mut q: VecDeque<u32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    println!("{:?} front {:?} back {:?}", q, q.front(), q.back());
    while let Some(x) = q.pop_front() {
        print!("{} ", x);
    }
    println!();

    let n = Arc::new(Notify::new());
    let n2 = n.clone();
    let h = tokio::spawn(async move {
        n2.notified().await;
        "woken"
    });
    tokio::task::yield_now().await;
    n.notify_one();
    println!("{}", h.await.unwrap());

    let s = Semaphore::new(0);
    println!("{}", s.try_acquire().is_err());
    s.add_permits(1);
    let p = s.acquire().await.unwrap();
    println!("got {}", s.available_permits());
    drop(p);
    println!("back {}", s.available_permits());
    let res: Result<Vec<i32>, String> = vec!["1", "2", "x"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).collect();
    println!("{:?}", res);
    let ok: Result<Vec<i32>, std::num::ParseIntError> = vec!["4", "5"].into_iter().map(|s| s.parse()).collect();
    println!("{:?}", ok);
    let opt: Option<Vec<u32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{:?}", opt);
}
