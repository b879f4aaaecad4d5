//! An inline link to another story under a prompt: "Soma nanone:
//! HEADLINE", "Les eisini: HEADLINE" (the prompt in any language, read by
//! its shape).

use nom::bytes::complete::take_while_m_n;
use nom::character::complete::one_of;
use nom::{IResult, Parser as _};

/// The prompt before the line's first colon (the colon taken too), at
/// most [`PROMPT_CHARS`] characters and two spaces as printed (a line
/// without a colon near its start answers at once).
fn prompt(i: &str) -> IResult<&str, &str> {
    let (i, p) = take_while_m_n(1, PROMPT_CHARS + 2, |c| !COLONS.contains(c)).parse(i)?;
    let (i, _) = one_of(COLONS).parse(i)?;
    Ok((i, p))
}

/// The colons that end a prompt: the ASCII and full-width ones and the
/// Ethiopic preface colon ("ተዛማጅ ዜና፦ HEADLINE").
const COLONS: &str = ":：፦";

/// Words of a prompt ("Les eisini", "Sidoo kale akhri").
const PROMPT_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
/// Most characters of a prompt.
const PROMPT_CHARS: usize = 30;
/// Words of the headline after the prompt.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=20;

/// The headline of a line that is a prompt of two or three words in
/// sentence case, a colon and a headline ("Liest och: Gratis Transport:
/// Fënnef Joer drop"): the prompt holds no digit and no capital past its
/// first letter; the headline, three to twenty words, opens with no
/// lower-case letter, quote or dash and ends with no full stop, comma or
/// colon (a sentence, a quotation, a list of facts). A list of names
/// ("Additional reporting: Jane Doe and Tom Roe") is no headline.
///
/// ```
/// use newsclip::grammar::misc::labelled_headline;
/// assert_eq!(
///     labelled_headline("Soma nanone: Icyayi cyoherejwe mu mahanga cyinjije miliyoni"),
///     Some("Icyayi cyoherejwe mu mahanga cyinjije miliyoni")
/// );
/// assert_eq!(
///     labelled_headline("ተዛማጅ ዜና፦ የጎርጎራ ወደብ ግንባታ ተጠናቀቀ"),
///     Some("የጎርጎራ ወደብ ግንባታ ተጠናቀቀ")
/// );
/// assert_eq!(labelled_headline("He said: we will rebuild the bridge."), None);
/// assert_eq!(labelled_headline("Opening Hours: Monday to Friday all day"), None);
/// assert_eq!(labelled_headline("Additional reporting: Jane Smithson and Tom Browning"), None);
/// ```
pub fn labelled_headline(line: &str) -> Option<&str> {
    let (headline, prompt) = prompt(line.trim()).ok()?;
    let (prompt, headline) = (prompt.trim(), headline.trim());
    let words = prompt.split_whitespace().count();
    let mut chars = prompt.chars();
    let first = chars.next()?;
    if !PROMPT_WORDS.contains(&words)
        || prompt.chars().count() > PROMPT_CHARS
        || !first.is_alphabetic()
        || first.is_lowercase()
        || chars.any(|c| c.is_uppercase() || c.is_numeric())
    {
        return None;
    }
    let opens = headline.chars().next()?;
    if !HEADLINE_WORDS.contains(&headline.split_whitespace().count())
        || opens.is_lowercase()
        || !(opens.is_alphanumeric())
        || headline.ends_with(['.', ',', ':', ';', '!', '…', '！', '。'])
        || crate::grammar::byline::name_list(headline).is_some()
        || crate::grammar::byline::is_person_name(headline)
    {
        return None;
    }
    Some(headline)
}
