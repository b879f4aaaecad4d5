//! A writer's job title and their outlet on the line under their name
//! ("Weather Reporter·NZ Tribune·", "Political Editor | The Herald"): the
//! outlet is the story's credit, the job title is dropped.
//!
//! ```text
//! role_outlet := role sep outlet sep?
//! sep         := "|" | "·" | "•" | "," (with any spaces around it)
//! role        := see `roles::is_role`
//! outlet      := 1-4 words, each opening with a capital, a digit or "&"
//! ```

use super::roles::is_role;

/// The separators between the job title and the outlet.
const SEPARATORS: [char; 4] = ['|', '·', '•', ','];

/// The outlet of `line` when it is a job title, one separator and an
/// outlet's name (a trailing separator allowed); `None` otherwise.
///
/// ```
/// use newsclip::grammar::byline::role_then_outlet;
/// assert_eq!(role_then_outlet("Weather Reporter·NZ Tribune·"), Some("NZ Tribune"));
/// assert_eq!(role_then_outlet("Political Editor | The Herald"), Some("The Herald"));
/// assert_eq!(role_then_outlet("Weather Reporter"), None);
/// ```
pub fn role_then_outlet(line: &str) -> Option<&str> {
    let t = line.trim().trim_end_matches(SEPARATORS).trim_end();
    let (role, outlet) = t.split_once(SEPARATORS)?;
    let outlet = outlet.trim();
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let outlet_like = (1..=4).contains(&words.len())
        && !outlet.contains(SEPARATORS)
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        });
    (outlet_like && is_role(role.trim()) && !is_role(outlet)).then_some(outlet)
}

#[cfg(test)]
mod tests {
    use super::role_then_outlet;

    #[test]
    fn a_job_title_then_one_outlet() {
        assert_eq!(
            role_then_outlet("Senior Reporter, Daily Nation"),
            Some("Daily Nation")
        );
        for no in [
            "NZ Tribune · Weather Reporter",
            "Weather Reporter · NZ Tribune · Auckland",
            "Weather Reporter · reads the news",
            "Jane Doe · Weather Reporter",
            "Reporter | Senior Editor",
        ] {
            assert_eq!(role_then_outlet(no), None, "{no}");
        }
    }
}
