//! A fixed list of strings looked up by first byte: the strings that open
//! with a given byte, in the list's order, without a test of the others.

/// The strings of a list grouped by their first byte (each group in the
/// list's order; an empty string, which opens with no byte, is in none).
pub(crate) struct ByFirstByte {
    groups: [Vec<&'static str>; 256],
}

impl ByFirstByte {
    /// Groups `items` by their first byte.
    pub(crate) fn new(items: impl IntoIterator<Item = &'static str>) -> ByFirstByte {
        let mut groups: [Vec<&'static str>; 256] = std::array::from_fn(|_| Vec::new());
        for s in items {
            if let Some(group) = s
                .as_bytes()
                .first()
                .and_then(|b| groups.get_mut(usize::from(*b)))
            {
                group.push(s);
            }
        }
        ByFirstByte { groups }
    }

    /// The strings of the list that open with `b`, in the list's order.
    pub(crate) fn opening_with(&self, b: u8) -> &[&'static str] {
        self.groups.get(usize::from(b)).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::ByFirstByte;

    #[test]
    fn groups_keep_the_list_order() {
        let list = ["read more", "", "related", "also", "réagir", "ré"];
        let by = ByFirstByte::new(list);
        for b in 0..=255u8 {
            let want: Vec<&str> = list
                .iter()
                .copied()
                .filter(|s| s.as_bytes().first() == Some(&b))
                .collect();
            assert_eq!(by.opening_with(b), want.as_slice(), "{b}");
        }
    }
}
