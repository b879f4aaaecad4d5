//! `parse_many` on several threads: the workers parse and serialise with
//! the GIL released while the calling thread turns finished results into
//! Python objects, so the part that needs the GIL overlaps the parsing.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use pyo3::prelude::*;

use crate::{Error, Input, Settings, guarded};

/// One worker's result: the input's index and its JSON (or the error).
type Done = (usize, Result<String, String>);

/// The articles of every input, in input order, parsed on `workers` threads.
pub(crate) fn parse_parallel<'py>(
    py: Python<'py>,
    settings: &Settings,
    inputs: &[Input],
    workers: usize,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let mut slots: Vec<Option<Bound<'py, PyAny>>> = vec![None; inputs.len()];
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| -> PyResult<()> {
        let (tx, mut rx) = mpsc::channel::<Done>();
        for _ in 0..workers {
            let (tx, next) = (tx.clone(), &next);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    let json = guarded(|| settings.to_json(input.parse(settings.parser())));
                    if tx.send((i, json)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        loop {
            // Wait with the GIL released (the receiver goes in and comes back).
            let (back, got) = py.detach(move || {
                let got = rx.recv();
                (rx, got)
            });
            rx = back;
            let Ok((i, json)) = got else { break };
            let articles = settings.articles(py, &json.map_err(Error::new_err)?)?;
            if let Some(slot) = slots.get_mut(i) {
                *slot = Some(articles);
            }
        }
        Ok(())
    })?;
    Ok(slots.into_iter().flatten().collect())
}
