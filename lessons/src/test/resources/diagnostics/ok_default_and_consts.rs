// derive(Default), Default::default(), associated consts, struct update from default.
#[derive(Debug, Default, Clone)]
struct Options {
    retries: u32,
    verbose: bool,
    name: String,
}

struct Limits;

impl Limits {
    const MAX: usize = 8;
    const NAME: &'static str = "limits";
}

fn main() {
    let a = Options::default();
    let b: Options = Default::default();
    let c = Options { retries: 3, ..Default::default() };
    let v: Vec<u8> = Vec::with_capacity(Limits::MAX);
    println!("{:?} {:?} {:?} {} {} {}", a, b.verbose, c, v.capacity() >= 8, Limits::NAME, i64::MIN);
}
