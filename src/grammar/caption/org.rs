//! The organisation part of a credit ("Bloomberg via Getty Images" in
//! "Kent Nishimura/Bloomberg via Getty Images").

use super::credit::has_photo_word;
use crate::grammar::agency::canonical_agency;

/// `agency_side := agency ("Photo" | "Photos" | "Images")?` ("AP Photo",
/// "REUTERS", "EFE"), giving the canonical agency.
fn agency_side(s: &str) -> Option<&'static str> {
    let s = s.trim();
    if let Some(c) = canonical_agency(s) {
        return Some(c);
    }
    let (head, last) = s.rsplit_once(' ')?;
    let last = last.to_lowercase();
    if matches!(last.as_str(), "photo" | "photos" | "images" | "pool") {
        canonical_agency(head)
    } else {
        None
    }
}

/// The organisation a credit names, canonical for a known agency:
/// "REUTERS/Hannah Whitley" gives "Reuters", "AP Photo/Mark Delaney" gives
/// "AP", "Kent Nishimura/Bloomberg via Getty Images" gives "Bloomberg via
/// Getty Images", "Coastline News: Tom Hadley" gives "Coastline News",
/// "Jonas Weber/dpa" gives "dpa"; a person alone ("Mikko Laine") gives `None`.
///
/// ```
/// use newsclip::grammar::caption::credit_organisation;
/// assert_eq!(credit_organisation("AP Photo/Mark Delaney").as_deref(), Some("AP"));
/// assert_eq!(credit_organisation("Harjit Sandhu/Pacific Broadcast News").as_deref(), Some("Pacific Broadcast News"));
/// assert_eq!(credit_organisation("Mikko Laine"), None);
/// ```
pub fn credit_organisation(credit: &str) -> Option<String> {
    let credit = credit.trim();
    if credit.is_empty() || credit.len() > 200 {
        return None;
    }
    if let Some((first, rest)) = credit.split_once('/') {
        if let Some(c) = agency_side(first) {
            return Some(c.to_string());
        }
        // "Name/Outlet" or "Name/Outlet/File"
        let outlet = rest
            .split('/')
            .map(str::trim)
            .find(|p| !p.eq_ignore_ascii_case("file") && !p.eq_ignore_ascii_case("file photo"))?;
        return Some(canonical_agency(outlet).map_or_else(|| outlet.to_string(), str::to_string));
    }
    if let Some((outlet, _name)) = credit.split_once(": ") {
        let outlet = outlet.trim();
        return Some(canonical_agency(outlet).map_or_else(|| outlet.to_string(), str::to_string));
    }
    if let Some(c) = agency_side(credit) {
        return Some(c.to_string());
    }
    if let Some((_, org)) = credit.split_once(" for ") {
        return Some(org.trim().to_string());
    }
    has_photo_word(credit).then(|| credit.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations() {
        for (credit, org) in [
            ("REUTERS/Hannah Whitley", Some("Reuters")),
            ("AP Photo/Mark Delaney", Some("AP")),
            (
                "Kent Nishimura/Bloomberg via Getty Images",
                Some("Bloomberg via Getty Images"),
            ),
            ("Coastline News: Tom Hadley", Some("Coastline News")),
            ("Jonas Weber/dpa", Some("dpa")),
            ("AFP", Some("AFP")),
            ("Getty Images", Some("Getty Images")),
            ("AFP via Getty Images", Some("AFP via Getty Images")),
            ("Doug Mills/The New York Times", Some("The New York Times")),
            ("Jane Doe for The Guardian", Some("The Guardian")),
            ("REUTERS/Arnd Wiegmann/File Photo", Some("Reuters")),
            ("Mikko Laine", None),
        ] {
            assert_eq!(credit_organisation(credit).as_deref(), org, "{credit}");
        }
    }
}
