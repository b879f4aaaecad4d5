//! The weights file: a fixed header, the transition scores, the feature ids
//! and their weights, and a checksum, all little-endian.
//!
//! ```text
//! magic "NEWSCLIP" | format u32 | feature set u32 | labels u32 | features u32
//! transitions f32 × (labels + 1) × labels
//! feature ids u64 × features (strictly increasing)
//! weights f32 × features × labels
//! rankers u32 (4: the headline's, the publication date's, the authors', the main story's), each:
//!   ranker features u32
//!   ranker feature ids u64 × ranker features (strictly increasing)
//!   ranker weights f32 × ranker features
//! checksum u64 (FNV-1a of every byte before it)
//! ```

use super::{LABELS, Model, Ranker};
use crate::features::FEATURE_SET_VERSION;

const MAGIC: &[u8; 8] = b"NEWSCLIP";
/// Version of the file layout.
const FORMAT: u32 = 3;
const HEADER: usize = 8 + 4 * 4;
/// Rankers in a file: the headline's, the publication date's, the authors',
/// the main story's.
const RANKERS: usize = 4;
/// No real model comes near this; it bounds what a corrupt header can ask for.
const MAX_FEATURES: usize = 1 << 24;

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

pub(super) fn write(m: &Model) -> Vec<u8> {
    let mut out =
        Vec::with_capacity(HEADER + m.trans.len() * 4 + m.keys.len() * (8 + 4 * LABELS) + 8);
    out.extend_from_slice(MAGIC);
    for v in [
        FORMAT,
        FEATURE_SET_VERSION,
        LABELS as u32,
        m.keys.len() as u32,
    ] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for t in &m.trans {
        out.extend_from_slice(&t.to_le_bytes());
    }
    for k in &m.keys {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for w in &m.weights {
        out.extend_from_slice(&w.to_le_bytes());
    }
    out.extend_from_slice(&(RANKERS as u32).to_le_bytes());
    for r in [&m.ranker, &m.date_ranker, &m.author_ranker, &m.story_ranker] {
        out.extend_from_slice(&(r.keys.len() as u32).to_le_bytes());
        for k in &r.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for w in &r.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    let sum = fnv(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self
            .at
            .checked_add(n)
            .and_then(|end| self.bytes.get(self.at..end))
            .ok_or_else(|| format!("truncated at byte {} (wanted {n} more bytes)", self.at))?;
        self.at += n;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u32(&mut self) -> Result<u32, String> {
        self.array().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Result<u64, String> {
        self.array().map(u64::from_le_bytes)
    }

    fn f32s(&mut self, n: usize) -> Result<Vec<f32>, String> {
        let b = self.take(n.checked_mul(4).ok_or("size overflow")?)?;
        let v: Vec<f32> = b
            .chunks_exact(4)
            .map(|c| {
                let mut a = [0u8; 4];
                a.copy_from_slice(c);
                f32::from_le_bytes(a)
            })
            .collect();
        match v.iter().position(|x| !x.is_finite()) {
            Some(i) => Err(format!("weight {i} is not a finite number")),
            None => Ok(v),
        }
    }
}

pub(super) fn read(bytes: &[u8]) -> Result<Model, String> {
    if bytes.len() < HEADER + 8 {
        return Err(format!(
            "file is {} bytes, too short for a weights file",
            bytes.len()
        ));
    }
    let mut r = Reader { bytes, at: 0 };
    if r.take(8)? != MAGIC {
        return Err("not a newsclip weights file (bad magic)".into());
    }
    let format = r.u32()?;
    if format != FORMAT {
        return Err(format!(
            "format version {format}, this build reads version {FORMAT}"
        ));
    }
    let set = r.u32()?;
    if set != FEATURE_SET_VERSION {
        return Err(format!(
            "trained on feature set {set}, this build computes feature set {FEATURE_SET_VERSION}: retrain"
        ));
    }
    let labels = r.u32()? as usize;
    if labels != LABELS {
        return Err(format!("{labels} labels, this build has {LABELS}"));
    }
    let n = r.u32()? as usize;
    if n > MAX_FEATURES {
        return Err(format!(
            "{n} features is more than the limit of {MAX_FEATURES}"
        ));
    }
    let fixed = HEADER + (LABELS + 1) * LABELS * 4 + n * (8 + LABELS * 4);
    let u32_at = |at: usize| {
        bytes
            .get(at..)
            .and_then(|b| b.first_chunk::<4>())
            .map(|b| u32::from_le_bytes(*b) as usize)
            .ok_or_else(|| format!("file is {} bytes, its header says more", bytes.len()))
    };
    let rankers = u32_at(fixed)?;
    if rankers != RANKERS {
        return Err(format!("{rankers} rankers, this build has {RANKERS}"));
    }
    let mut at = fixed + 4;
    let mut sizes = [0usize; RANKERS];
    for size in &mut sizes {
        *size = u32_at(at)?;
        if *size > MAX_FEATURES {
            return Err(format!(
                "{size} ranker features is more than the limit of {MAX_FEATURES}"
            ));
        }
        at += 4 + *size * 12;
    }
    let expected = at + 8;
    if bytes.len() != expected {
        return Err(format!(
            "file is {} bytes, its header says {expected}",
            bytes.len()
        ));
    }
    let (head, tail) = bytes.split_at(bytes.len() - 8);
    let mut sum = [0u8; 8];
    sum.copy_from_slice(tail);
    if fnv(head) != u64::from_le_bytes(sum) {
        return Err("checksum mismatch: the file is corrupt".into());
    }
    let trans = r.f32s((LABELS + 1) * LABELS)?;
    let keys = ids(&mut r, n, "feature")?;
    let weights = r.f32s(n * LABELS)?;
    r.u32()?;
    let mut m = Model::from_parts(keys, weights, trans);
    let mut rankers = Vec::with_capacity(RANKERS);
    for size in sizes {
        r.u32()?;
        let rkeys = ids(&mut r, size, "ranker feature")?;
        let rweights = r.f32s(size)?;
        rankers.push(Ranker::from_parts(rkeys, rweights));
    }
    let mut rankers = rankers.into_iter();
    m.ranker = rankers.next().unwrap_or_default();
    m.date_ranker = rankers.next().unwrap_or_default();
    m.author_ranker = rankers.next().unwrap_or_default();
    m.story_ranker = rankers.next().unwrap_or_default();
    m.rebuild();
    Ok(m)
}

/// `n` strictly increasing ids.
fn ids(r: &mut Reader<'_>, n: usize, what: &str) -> Result<Vec<u64>, String> {
    let mut keys = Vec::with_capacity(n);
    for i in 0..n {
        let k = r.u64()?;
        if keys.last().is_some_and(|&p| p >= k) {
            return Err(format!("{what} ids out of order at {i}"));
        }
        keys.push(k);
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let weights = (0..2 * LABELS).map(|i| i as f32 * 0.5).collect();
        let mut m = Model::from_parts(vec![3, 9], weights, vec![0.0; (LABELS + 1) * LABELS]);
        m.ranker = Ranker::from_parts(vec![4, 8, 15], vec![1.0, -2.0, 0.5]);
        m.date_ranker = Ranker::from_parts(vec![2], vec![0.25]);
        m.author_ranker = Ranker::from_parts(vec![6], vec![0.75]);
        m.story_ranker = Ranker::from_parts(vec![1, 2], vec![0.5, -0.5]);
        write(&m)
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let good = sample();
        let back = read(&good).expect("reads back");
        assert_eq!(back.ranker.features(), 3);
        assert_eq!(back.date_ranker.features(), 1);
        assert_eq!(back.author_ranker.features(), 1);
        assert_eq!(back.story_ranker.features(), 2);
        assert_eq!(write(&back), good);
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (Vec::new(), "too short"),
            (good[..good.len() - 3].to_vec(), "header says"),
            ([b"NOTCLIPS".as_slice(), &good[8..]].concat(), "bad magic"),
            (
                {
                    let mut b = good.clone();
                    b[8] = 9;
                    b
                },
                "format version 9",
            ),
            (
                {
                    let mut b = good.clone();
                    b[12] = 99;
                    b
                },
                "feature set 99",
            ),
            (
                {
                    let mut b = good.clone();
                    b[16] = 3;
                    b
                },
                "3 labels",
            ),
            (
                {
                    let mut b = good.clone();
                    let k = b.len() - 12;
                    b[k] ^= 1;
                    b
                },
                "checksum",
            ),
        ];
        for (bytes, want) in cases {
            let err = read(&bytes).expect_err(want);
            assert!(err.contains(want), "{err:?} should mention {want:?}");
        }
    }
}
