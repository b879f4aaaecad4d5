//! A text-size or contrast widget read as the section ("A A A
//! Accessibility", "A- A A+"): letters standing alone are buttons, no
//! section label. Once the article is assembled, such a section goes back
//! to the audit trail as navigation.

use crate::{Article, RemovalReason};

/// Fewest letters standing alone in a row (with a "+" or "-" at most) in
/// a widget.
const MIN_BUTTONS: usize = 2;

/// True for a line of a text-size widget: [`MIN_BUTTONS`] or more words in
/// a row that are one letter, with a "+" or "-" at most ("A", "A+", "A-").
fn is_widget(text: &str) -> bool {
    let button = |w: &str| {
        let core = w.trim_end_matches(['+', '-']);
        let mut cs = core.chars();
        cs.next().is_some_and(char::is_alphabetic) && cs.next().is_none()
    };
    let mut run = 0;
    text.split_whitespace().any(|w| {
        run = if button(w) { run + 1 } else { 0 };
        run >= MIN_BUTTONS
    })
}

/// Takes `a`'s section back to the audit trail when it is a widget's line
/// ([`is_widget`]).
pub(crate) fn drop_widget_section(a: &mut Article) {
    let Some(span) = a.spans.section else {
        return;
    };
    let Some(text) = a.section.take_if(|s| is_widget(s)) else {
        return;
    };
    a.spans.section = None;
    super::unuse_line(a, span, text, RemovalReason::Navigation);
}

#[cfg(test)]
mod tests {
    use super::is_widget;

    #[test]
    fn text_size_widgets() {
        for t in ["A A A Accessibility", "A- A A+", "A+ A-"] {
            assert!(is_widget(t), "{t}");
        }
        for t in ["Sport", "Vitamin A", "World & UK", "A & E"] {
            assert!(!is_widget(t), "{t}");
        }
    }
}
