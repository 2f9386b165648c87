#!/usr/bin/env python3
"""Lists the methods callable on the std and Tokio types the Rust-lite checker models, for its "no method named"
check (E0599): a type listed here is closed, so a method name missing from its line is one rustc refuses too.

Sources (facts, no text copied): the HTML docs of the installed Rust toolchain (every method rustdoc lists on a
type's page: inherent, Deref targets, trait and blanket impls) and Tokio 1.24's sources from Debian's crate
registry (pub fns in a type's impl blocks and its trait impls). Run it again after a toolchain upgrade:

    python3 lessons/tools/std_methods.py > lessons/src/main/resources/asyncscope/lessons/rustlite/check/methods.txt
"""
import glob
import os
import re
import subprocess

sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True).stdout.strip()
DOC = os.path.join(sysroot, "share/doc/rust/html/std")
TOKIO = sorted(glob.glob("/usr/share/cargo/registry/tokio-1.2*"))[-1] + "/src"

STD = {
    "String": "string/struct.String.html", "str": "primitive.str.html", "Vec": "vec/struct.Vec.html",
    "slice": "primitive.slice.html", "array": "primitive.array.html", "Option": "option/enum.Option.html",
    "Result": "result/enum.Result.html", "bool": "primitive.bool.html", "char": "primitive.char.html",
    "unit": "primitive.unit.html", "tuple": "primitive.tuple.html",
    "HashMap": "collections/struct.HashMap.html", "HashSet": "collections/struct.HashSet.html",
    "BTreeMap": "collections/struct.BTreeMap.html", "BTreeSet": "collections/struct.BTreeSet.html",
    "VecDeque": "collections/struct.VecDeque.html", "Box": "boxed/struct.Box.html", "Rc": "rc/struct.Rc.html",
    "Arc": "sync/struct.Arc.html", "RefCell": "cell/struct.RefCell.html", "Cell": "cell/struct.Cell.html",
    "Ref": "cell/struct.Ref.html", "RefMut": "cell/struct.RefMut.html", "std::sync::Mutex": "sync/struct.Mutex.html",
    "std::sync::MutexGuard": "sync/struct.MutexGuard.html", "std::sync::RwLock": "sync/struct.RwLock.html",
    "Duration": "time/struct.Duration.html", "std::time::Instant": "time/struct.Instant.html",
    "Ordering": "cmp/enum.Ordering.html", "Range": "ops/struct.Range.html",
    "RangeInclusive": "ops/struct.RangeInclusive.html", "Iterator": "iter/trait.Iterator.html",
}
for t in ["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64"]:
    STD[t] = "primitive.%s.html" % t
for a in ["AtomicUsize", "AtomicU64", "AtomicU32", "AtomicI32", "AtomicI64", "AtomicBool"]:
    STD[a] = "sync/atomic/struct.%s.html" % a


def doc_methods(page):
    html = open(os.path.join(DOC, page), encoding="utf-8").read()
    return set(re.findall(r'id="(?:ty)?method\.([a-z_0-9]+)', html))


# Tokio: type -> source files holding its impl blocks
TOKIO_TYPES = {
    "JoinHandle": ["runtime/task/join.rs"], "JoinError": ["runtime/task/error.rs"],
    "mpsc::Sender": ["sync/mpsc/bounded.rs"], "mpsc::Receiver": ["sync/mpsc/bounded.rs"],
    "mpsc::UnboundedSender": ["sync/mpsc/unbounded.rs"], "mpsc::UnboundedReceiver": ["sync/mpsc/unbounded.rs"],
    "oneshot::Sender": ["sync/oneshot.rs"], "oneshot::Receiver": ["sync/oneshot.rs"],
    "broadcast::Sender": ["sync/broadcast.rs"], "broadcast::Receiver": ["sync/broadcast.rs"],
    "watch::Sender": ["sync/watch.rs"], "watch::Receiver": ["sync/watch.rs"],
    "tokio::sync::Mutex": ["sync/mutex.rs"], "tokio::sync::MutexGuard": ["sync/mutex.rs"],
    "tokio::sync::RwLock": ["sync/rwlock.rs"], "Semaphore": ["sync/semaphore.rs"],
    "SemaphorePermit": ["sync/semaphore.rs"], "OwnedSemaphorePermit": ["sync/semaphore.rs"],
    "Notify": ["sync/notify.rs"], "Barrier": ["sync/barrier.rs"], "JoinSet": ["task/join_set.rs"],
    "Sleep": ["time/sleep.rs"], "Interval": ["time/interval.rs"], "tokio::time::Instant": ["time/instant.rs"],
    "Timeout": ["time/timeout.rs"],
}
TRAIT_METHODS = {"Clone": ["clone", "clone_from"], "Debug": ["fmt"], "Display": ["fmt", "to_string"],
                 "Future": ["poll"], "PartialEq": ["eq", "ne"], "Eq": [], "Drop": [], "Default": [],
                 "PartialOrd": ["partial_cmp", "lt", "le", "gt", "ge"], "Ord": ["cmp", "max", "min", "clamp"],
                 "Hash": ["hash"], "Deref": ["deref"], "DerefMut": ["deref_mut"], "Error": ["source", "description", "cause"]}
BLANKET = ["into", "try_into", "borrow", "borrow_mut", "type_id", "from", "try_from", "to_owned", "clone_into",
           "instrument", "in_current_span", "with_current_subscriber"]


def tokio_methods(ty, files):
    name = ty.split("::")[-1]
    out = set(BLANKET)
    for f in files:
        src = open(os.path.join(TOKIO, f), encoding="utf-8").read()
        for m in re.finditer(r'\nimpl(?:<[^{]*?>)?\s+(?:([\w:]+)(?:<[^{]*?>)?\s+for\s+)?' + name + r'\b[^{;]*\{', src):
            trait = m.group(1)
            if trait:
                out.update(TRAIT_METHODS.get(trait.split("::")[-1], []))
                continue
            depth, i = 1, m.end()
            start = i
            while depth and i < len(src):
                depth += {"{": 1, "}": -1}.get(src[i], 0)
                i += 1
            body = src[start:i]
            out.update(re.findall(r'\bpub(?:\([a-z]+\))?\s+(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?fn\s+(\w+)', body))
    return out


lines = {}
for ty, page in STD.items():
    lines[ty] = doc_methods(page)
for ty, files in TOKIO_TYPES.items():
    lines[ty] = tokio_methods(ty, files)
print("# Methods callable on each type the checker models (generated by lessons/tools/std_methods.py; do not edit).")
for ty in sorted(lines):
    print(ty + ": " + " ".join(sorted(lines[ty])))
