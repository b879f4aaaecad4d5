//! [`par_map`]: a batch of work spread over threads, results in input order.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Applies `f` to every item on up to `jobs` threads (each thread takes the
/// next item when it is done with one, so uneven items balance out); the
/// results come back in input order. One job, or one item, runs on the
/// calling thread.
///
/// ```
/// let lens = newsclip::parallel::par_map(&["a", "bcd", "ef"], 2, |s| s.len());
/// assert_eq!(lens, [1, 3, 2]);
/// ```
pub fn par_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = jobs.min(items.len());
    if workers <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.push((i, f(item)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::par_map;

    #[test]
    fn keeps_the_input_order_on_any_number_of_jobs() {
        let items: Vec<u64> = (0..500).collect();
        let want: Vec<u64> = items.iter().map(|n| n * n).collect();
        for jobs in [0, 1, 2, 3, 64, 1000] {
            assert_eq!(par_map(&items, jobs, |n| n * n), want, "{jobs}");
        }
        assert!(par_map(&[] as &[u8], 4, |b| *b).is_empty());
    }
}
