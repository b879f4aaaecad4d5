//! Feature ids: a template number and a value mixed into a `u64`, and the
//! mixing undone (the model indexes the features of small values directly
//! by template and value).

/// Mixes the bits of a template and value into a feature id (SplitMix64's finaliser).
pub(crate) fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(C1);
    x = (x ^ (x >> 27)).wrapping_mul(C2);
    x ^ (x >> 31)
}

const C1: u64 = 0xbf58_476d_1ce4_e5b9;
const C2: u64 = 0x94d0_49bb_1331_11eb;

/// The inverse of odd `c` modulo 2^64 (Newton's iteration: each step
/// doubles the bits that are right, from 3).
const fn inverse(c: u64) -> u64 {
    let mut x = c;
    let mut k = 0;
    while k < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(c.wrapping_mul(x)));
        k += 1;
    }
    x
}

/// `y = x ^ (x >> s)` solved for `x`: each step gets `s` more high bits right.
fn unshift(y: u64, s: u32) -> u64 {
    let mut x = y;
    for _ in 0..64 / s {
        x = y ^ (x >> s);
    }
    x
}

/// The input [`mix`] mixed into `id`.
pub(crate) fn unmix(id: u64) -> u64 {
    let mut x = unshift(id, 31).wrapping_mul(inverse(C2));
    x = unshift(x, 27).wrapping_mul(inverse(C1));
    unshift(x, 30)
}

/// The id of the feature of template `t` and value `v`.
pub(crate) fn feature_id(t: u8, v: u64) -> u64 {
    mix(u64::from(t) << 56 ^ v)
}

/// The template and value of the feature `id` (as [`feature_id`] made it:
/// the value below 2^56).
pub(crate) fn template_value(id: u64) -> (u8, u64) {
    let x = unmix(id);
    ((x >> 56) as u8, x & ((1 << 56) - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmix_undoes_mix() {
        assert_eq!(C1.wrapping_mul(inverse(C1)), 1);
        assert_eq!(C2.wrapping_mul(inverse(C2)), 1);
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..10_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            assert_eq!(unmix(mix(x)), x);
        }
        for (t, v) in [(1u8, 0u64), (44, 3 << 12 | 0xfff), (255, (1 << 56) - 1)] {
            assert_eq!(template_value(feature_id(t, v)), (t, v));
        }
    }
}
