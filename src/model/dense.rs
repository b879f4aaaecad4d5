//! The rows of the line features whose value is small, indexed by template
//! and value: most of a line's features are looked up there, without
//! mixing an id nor probing the hashed index.

use crate::features::{TEMPLATES, template_value};

/// Value buckets per template: a value is indexed when its bits above the
/// twelfth say a bucket below this and its low twelve bits are below
/// [`SPAN`] (the templates put a neighbour's slot at bit 12).
const BUCKETS: usize = 8;
/// Values per bucket.
const SPAN: usize = 256;
/// No bucket, or no row.
const NONE: u32 = u32::MAX;

/// Where the value `v` of template `t` is indexed: its bucket's number and
/// its place in the bucket, `None` when it is not indexed.
#[inline]
fn place(t: u8, v: u64) -> Option<(usize, usize)> {
    let (hi, lo) = ((v >> 12) as usize, (v & 0xfff) as usize);
    (usize::from(t) < TEMPLATES && v >> 12 < BUCKETS as u64 && lo < SPAN)
        .then(|| (usize::from(t) * BUCKETS + hi, lo))
}

/// The index (built from the hashed index's ids and rows).
#[derive(Clone, Default, PartialEq)]
pub(super) struct Dense {
    /// Per template and bucket: where its [`SPAN`] rows start in `rows`
    /// ([`NONE`] when no feature of the model falls in it).
    buckets: Vec<u32>,
    /// Per indexed value: its row ([`NONE`] when the model does not know it).
    rows: Vec<u32>,
}

/// What the index says of a feature.
pub(super) enum Found {
    /// The feature's row.
    Row(usize),
    /// The model does not know the feature.
    Unknown,
    /// The value is not indexed: look the feature up by its id.
    NotIndexed,
}

impl Dense {
    /// The index of the features among `ids` (each with its row) whose
    /// value it covers.
    pub(super) fn build(ids: impl Iterator<Item = (u64, u32)>) -> Dense {
        let mut d = Dense {
            buckets: vec![NONE; TEMPLATES * BUCKETS],
            rows: Vec::new(),
        };
        for (id, row) in ids {
            let (t, v) = template_value(id);
            let Some((b, at)) = place(t, v) else {
                continue;
            };
            let Some(start) = d.buckets.get_mut(b) else {
                continue;
            };
            if *start == NONE {
                *start = d.rows.len() as u32;
                d.rows.resize(d.rows.len() + SPAN, NONE);
            }
            if let Some(slot) = d.rows.get_mut(*start as usize + at) {
                *slot = row;
            }
        }
        d
    }

    /// The row of the feature of template `t` and value `v`.
    #[inline]
    pub(super) fn find(&self, t: u8, v: u64) -> Found {
        let Some((b, at)) = place(t, v) else {
            return Found::NotIndexed;
        };
        // (An index that was never built has no buckets: every value is
        // looked up by id.)
        let Some(&start) = self.buckets.get(b) else {
            return Found::NotIndexed;
        };
        if start == NONE {
            return Found::Unknown;
        }
        match self.rows.get(start as usize + at) {
            Some(&r) if r != NONE => Found::Row(r as usize),
            _ => Found::Unknown,
        }
    }
}
