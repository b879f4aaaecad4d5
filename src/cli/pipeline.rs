//! An ordered, bounded parallel map: the items of an iterator go to `jobs`
//! worker threads as they are read, and their results come back to the
//! caller's thread in input order, each as soon as every earlier one is
//! done. At most a few items per worker are in flight, so a batch of any
//! size is processed in memory proportional to its largest documents.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::Mutex;
use std::sync::mpsc;

/// Items in flight (read but not yet handed to `sink`) per worker.
const WINDOW_PER_JOB: usize = 4;

/// Applies `f` to every item on `jobs` threads (on the caller's thread
/// alone when `jobs` is 1) and hands the results to `sink` in input order.
/// Stops at the first error of `sink`; a panic in `f` is resumed on the
/// caller's thread.
pub(super) fn ordered_map<T: Send, R: Send, E>(
    items: impl Iterator<Item = T>,
    jobs: usize,
    f: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    if jobs <= 1 {
        for item in items {
            sink(f(item))?;
        }
        return Ok(());
    }
    let window = jobs * WINDOW_PER_JOB;
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, T)>(window);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, std::thread::Result<R>)>();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (work_rx, f) = (&work_rx, &f);
            s.spawn(move || {
                loop {
                    // The lock is held while waiting for an item, not while
                    // working on it.
                    let next = work_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((i, item))) = next else { break };
                    let r = catch_unwind(AssertUnwindSafe(|| f(item)));
                    if done_tx.send((i, r)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut order = Reorder::new();
        for item in items {
            while order.in_flight() >= window {
                match done_rx.recv() {
                    Ok(done) => order.arrive(done, &mut sink)?,
                    Err(_) => return Ok(()),
                }
            }
            if work_tx.send((order.sent, item)).is_err() {
                break;
            }
            order.sent += 1;
            while let Ok(done) = done_rx.try_recv() {
                order.arrive(done, &mut sink)?;
            }
        }
        drop(work_tx);
        for done in done_rx {
            order.arrive(done, &mut sink)?;
        }
        Ok(())
    })
}

/// Results that came back early, waiting for the ones before them.
struct Reorder<R> {
    sent: usize,
    next: usize,
    early: BTreeMap<usize, R>,
}

impl<R> Reorder<R> {
    fn new() -> Self {
        Reorder {
            sent: 0,
            next: 0,
            early: BTreeMap::new(),
        }
    }

    fn in_flight(&self) -> usize {
        self.sent - self.next
    }

    /// Takes result `i` and hands every result now in order to `sink`.
    fn arrive<E>(
        &mut self,
        (i, r): (usize, std::thread::Result<R>),
        sink: &mut impl FnMut(R) -> Result<(), E>,
    ) -> Result<(), E> {
        let r = r.unwrap_or_else(|p| resume_unwind(p));
        self.early.insert(i, r);
        while let Some(r) = self.early.remove(&self.next) {
            self.next += 1;
            sink(r)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(n: usize, jobs: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let r: Result<(), ()> = ordered_map(
            0..n,
            jobs,
            |i| {
                // Uneven work, so that results come back out of order.
                std::thread::sleep(std::time::Duration::from_micros(((i * 7) % 5) as u64 * 50));
                i * 2
            },
            |r| {
                out.push(r);
                Ok(())
            },
        );
        assert!(r.is_ok());
        out
    }

    #[test]
    fn results_come_back_in_input_order() {
        let want: Vec<usize> = (0..200).map(|i| i * 2).collect();
        for jobs in [1, 2, 3, 8] {
            assert_eq!(run(200, jobs), want, "jobs {jobs}");
        }
        assert!(run(0, 4).is_empty());
    }

    #[test]
    fn the_first_sink_error_stops_the_batch() {
        let mut seen = 0;
        let r = ordered_map(
            0..1000,
            3,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 { Err(i) } else { Ok(()) }
            },
        );
        assert_eq!(r, Err(10));
        assert_eq!(seen, 11);
    }

    #[test]
    fn a_panic_in_a_worker_reaches_the_caller() {
        let r = catch_unwind(|| {
            let _ = ordered_map(
                0..50,
                2,
                |i| assert!(i != 20, "boom"),
                |()| Ok::<(), ()>(()),
            );
        });
        assert!(r.is_err());
    }
}
