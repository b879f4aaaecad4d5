//! Comment threads: commenters' lines ("Jane says:"), the
//! markers that open a comment section and counter lines ("12 comments").

use super::words::is_stopword;
use crate::table::WordList;

/// The verbs a comment thread prints after each commenter's name ("Jane
/// says:", "Jan sagt:", "Jeanne dit :", "Juan dice:", "Jane wrote on March
/// 11th, 2015 at 02:57:"), in lower case.
pub static COMMENTER_VERBS: &[&str] = &[
    "says",
    "said",
    "wrote",
    "writes",
    "sagt",
    "schreibt",
    "schrieb",
    "dit",
    "écrit",
    "dice",
    "escribió",
    "disse",
    "escreveu",
    "scrive",
    "scritto",
    "zegt",
    "schreef",
    "пишет",
    "написал",
];

/// True for a comment's signature printed under it, as blog platforms of the
/// 2000s print one: "Posted by:", a name, then "|" or "at" and the
/// comment's date or time ("Posted by: Tim Bray | Mar 26, 2007 2:16:31 PM",
/// "Posted by: Ellen at September 10, 2012 11:40 AM"). A story's own line
/// has no colon after "by" ("Posted by Kathy on April 6, 2007").
pub fn is_comment_signature(line: &str) -> bool {
    let t = crate::lines::text::trim(line);
    let Some(rest) = t
        .get(..10)
        .filter(|h| t.len() <= 160 && h.eq_ignore_ascii_case("posted by:"))
        .and_then(|_| t.get(10..))
    else {
        return false;
    };
    let split = rest.split_once('|').or_else(|| {
        // "at" before the date: the date is the line's end, and it holds
        // its year or its time (the last " at ": a name may hold one).
        let (name, when) = rest.rsplit_once(" at ")?;
        crate::grammar::date::find_date(when, &Default::default())
            .is_some_and(|d| when.get(d.span.end..).is_some_and(|r| r.len() <= 12))
            .then_some((name, when))
    });
    split.is_some_and(|(name, when)| {
        !name.trim().is_empty() && when.bytes().any(|b| b.is_ascii_digit())
    })
}

/// True when `line` is a commenter's line: a name of one to six words (no
/// lower-case function word among several), then
/// a verb of [`COMMENTER_VERBS`] and a colon ending the line, or the verb,
/// "on"/"am"/"le" and a date, then the colon. A headline that reports speech
/// ("Minister says taxes will rise") has no colon at its end. A forum's form
/// is read too: "by" before a handle, the member number and a star after it,
/// and the colon on the verb before the date ("by vlm (69642) writes:",
/// "by Jo (9) * writes: on Tuesday July 24, @11:35AM (#40750343)").
pub fn is_commenter_line(line: &str) -> bool {
    let t = crate::lines::text::trim(line);
    // Both forms hold a colon (most lines have none: no words gathered).
    if t.len() > 120 || memchr::memchr(b':', t.as_bytes()).is_none() {
        return false;
    }
    let colon_last = t.ends_with(':');
    let body = t.trim_end_matches(':').trim_end();
    let words: Vec<&str> = body.split_whitespace().collect();
    let verb = |w: &str| crate::table::with_lower(w, |l| COMMENTER_VERBS.contains(&l));
    // The verb: the last word, or the word before "on"/"am"/"le" and a date.
    let at = words.iter().rposition(|w| {
        if colon_last {
            verb(w)
        } else {
            w.strip_suffix(':').is_some_and(verb)
        }
    });
    let Some(at) = at else {
        return false;
    };
    let after = words.get(at + 1..).unwrap_or(&[]);
    let forum = words.first().is_some_and(|w| *w == "by");
    let dated = match after {
        [] => colon_last,
        // WordPress's form: the date right after the verb's colon, and the
        // line ends with it ("Lamin J. says: December 7, 2026 at 11:02 am").
        _ if !colon_last && !forum => dated_to_end(t, after),
        [on, rest @ ..] => {
            matches!(*on, "on" | "am" | "le" | "el" | "em" | "il" | "op")
                && rest.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()))
        }
    };
    // The name before the verb (after a date and "/" on some themes), less a
    // forum's "by", member number and star.
    let name: Vec<&str> = words
        .get(..at)
        .unwrap_or(&[])
        .rsplit(|w| *w == "/" || *w == "|")
        .next()
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|w| !is_member_mark(w))
        .collect();
    let name = match name.split_first() {
        Some((_, rest)) if forum && !rest.is_empty() => rest,
        _ => &name[..],
    };
    // A name has no lower-case function word ("Here is what the report
    // says:"); a one-word handle may be all lower case ("texydeb says:").
    let named = name.len() == 1
        || name
            .iter()
            .all(|w| !(w.starts_with(|c: char| c.is_lowercase()) && is_stopword(w)));
    dated && named && (1..=6).contains(&name.len())
}

/// True when the words `after` (the end of `line`) are a date and its time
/// alone: the date opens them, and at most a few bytes ("at", a time zone)
/// follow it.
fn dated_to_end(line: &str, after: &[&str]) -> bool {
    let Some(first) = after.first() else {
        return false;
    };
    // `first` is a slice of `line`: its offset there.
    let at = (first.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
    let Some(rest) = line.get(at..) else {
        return false;
    };
    crate::grammar::date::find_date(rest, &Default::default()).is_some_and(|d| {
        d.span.start == 0 && rest.get(d.span.end..).is_some_and(|r| r.trim().len() <= 12)
    })
}

/// A forum's mark after a commenter's handle: the member number in
/// brackets ("(69642)") or a star.
fn is_member_mark(w: &str) -> bool {
    w == "*"
        || w.strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Words that, next to a number, make a counter line ("6 comments", "197 shares").
pub static COUNTER_WORDS: &[&str] = &[
    "comment",
    "comments",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
    "comentário",
    "comentários",
    "reactie",
    "reacties",
    "комментарий",
    "комментария",
    "комментариев",
    "коментар",
    "коментарі",
    "коментарів",
    "replies",
    "responses",
    "shares",
    "views",
    "likes",
];

/// True for a short counter line: "New, 6 comments", "0 Comments",
/// "Comments (12)", "12 Kommentare", "197 Shares".
pub fn is_count_line(line: &str) -> bool {
    // The number is a word of digits: a short line without a digit has no
    // count (a cheap test first; most lines have none).
    if line.len() <= 64 && !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut words = 0usize;
    let (mut number, mut counter) = (false, false);
    for w in crate::table::words_in(line) {
        words += 1;
        if words > 4 {
            return false;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() && core.bytes().all(|b| b.is_ascii_digit()) {
            number = true;
        } else if crate::table::with_lower(core, is_counter_word) {
            counter = true;
        }
    }
    number && counter
}

/// The line without a counter printed at its end ("by Harbour Weekly 0
/// Comments" gives "by Harbour Weekly"; Blogger's "Posted by NAME at 7:42
/// PM 3 comments:" and "… No comments:" give "Posted by NAME at 7:42 PM");
/// `None` when it ends with none.
pub fn strip_trailing_count(line: &str) -> Option<&str> {
    let t = line.trim_end();
    let (head, word) = t.rsplit_once(char::is_whitespace)?;
    let (head, number) = head.trim_end().rsplit_once(char::is_whitespace)?;
    let (word, colon) = match word.strip_suffix(':') {
        Some(w) => (w, true),
        None => (word, false),
    };
    let counted =
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) || colon && number == "No";
    (counted && crate::table::with_lower(word, is_counter_word)).then(|| head.trim_end())
}

/// True for a word that names comments ("comments", "Kommentare",
/// "commentaires"; any case, punctuation around it ignored): a word of
/// [`COUNTER_WORDS`] other than shares, views and likes.
pub fn is_comment_word(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    crate::table::with_lower(core, |w| {
        is_counter_word(w) && !matches!(w, "shares" | "views" | "likes")
    })
}

/// True for a line opening with a count of comments: the number, a comment
/// word ([`is_comment_word`]), then the line's end, a mark or a preposition
/// ("{ 2 comments… read them below or add one }", "11 responses to “...”",
/// "#1 Kommentar von Naru"; not "5 Replies That Changed the Debate").
pub fn opens_with_comment_count(line: &str) -> bool {
    let mut words = crate::table::words_in(line);
    let mut first = words.next().unwrap_or("");
    if first.chars().all(|c| !c.is_alphanumeric()) {
        first = words.next().unwrap_or("");
    }
    let number = first.trim_start_matches(|c: char| !c.is_alphanumeric());
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(word) = words.next().filter(|w| is_comment_word(w)) else {
        return false;
    };
    let marked = word.ends_with(|c: char| !c.is_alphanumeric());
    marked
        || words.next().is_none_or(|w| {
            w.chars().all(|c| !c.is_alphanumeric())
                || matches!(
                    w,
                    "to" | "on"
                        | "for"
                        | "zu"
                        | "von"
                        | "zum"
                        | "à"
                        | "sur"
                        | "a"
                        | "en"
                        | "op"
                        | "su"
                )
        })
}

/// True for a lower-case word of [`COUNTER_WORDS`].
fn is_counter_word(lower: &str) -> bool {
    static WORDS: WordList = WordList::new(COUNTER_WORDS);
    WORDS.contains(lower)
}

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    use crate::lexicon::examples::sorts;

    #[test]
    fn comment_signatures_name_the_commenter_and_the_time() {
        sorts(
            super::is_comment_signature,
            &[
                "Posted by: Tim Bray | Mar 26, 2007 2:16:31 PM",
                "posted by: Andrew | 2007-03-26 14:00",
                "Posted by: Ellen at September 10, 2012 11:40 AM",
                "Posted by: Gina in the SF Bay Area at September 10, 2012 12:29 PM",
            ],
            &[
                "Posted by Kathy on April 6, 2007 | Permalink",
                "Posted by: Andrew",
                "Posted by: | Mar 26, 2007",
                "Posted by: Andrew | Permalink",
                "Posted by: Andrew at 10 Downing Street",
                "Posted by: Andrew at home",
                "The mayor posted by: the river | 2007",
            ],
        );
    }

    #[test]
    fn commenter_lines_end_with_a_verb_and_a_colon() {
        let yes = [
            "Jane Doe says:",
            "Marrije Says:",
            "11. Jul, 2012 / The Young Bigmouth says:",
            "Yvonne sagt:",
            "Jeanne dit :",
            "K.G. Schneider wrote:",
            "Alexander Petrov wrote on March 11th, 2015 at 02:57:",
            "Lamin J. says: December 7, 2026 at 11:02 am",
            "by vlm (69642) writes:",
            "by mcgrew (92797) * writes: on Tuesday July 24, @11:35AM (#40750343) Journal",
        ];
        let no = [
            "Minister says taxes will rise",
            "'We had some issues,' exec says on Disney+ glitches",
            "Here is what the report says:",
            "says:",
            "The mayor wrote on his blog:",
            "Hugh Pickens writes \"Louis Uchitelle writes that in Aisle 34\"",
            "by the way, she writes:",
            "The minister writes: on Tuesday the 4th we meet",
            "Minister says: 2026 will be a hard year for farmers",
        ];
        sorts(super::is_commenter_line, &yes, &no);
    }

    #[test]
    fn comment_counts_open_their_lines() {
        let yes = [
            "{ 2 comments… read them below or add one }",
            "11 responses to “The Loneliest Woman in the World”",
            "#1 Kommentar von Naru-chan",
            "604 COMMENTS",
            "35 Comments »",
        ];
        let no = [
            "5 Replies That Changed the Debate",
            "Comments (12)",
            "2024 comments policy",
            "12 Days of Christmas",
        ];
        sorts(super::opens_with_comment_count, &yes, &no);
    }

    #[test]
    fn is_count_line() {
        assert!(super::is_count_line("New, 6 comments"));
        assert!(super::is_count_line("Comments (12)"));
        assert!(super::is_count_line("197 Shares"));
        assert!(!super::is_count_line(
            "Readers left 6 comments on the plan to close the school."
        ));
        assert!(!super::is_count_line("Comments"));
    }

    #[test]
    fn reply_buttons_and_comment_words() {
        for b in ["Reply", "Antworten", "Répondre ", "RESPONDER", "Ответить"] {
            assert!(crate::lexicon::is_reply_button(b), "{b}");
        }
        for b in ["Reply to this story and win", "Replying", "Answer"] {
            assert!(!crate::lexicon::is_reply_button(b), "{b}");
        }
        assert_eq!(
            crate::lexicon::boiler("Vorheriger Beitrag"),
            Some(crate::lexicon::Boiler::PrevNext)
        );
        assert!(crate::lexicon::opens_with_related_prefix(
            "Article précédent : Les vendanges"
        ));
        for w in ["comments…", "Kommentare", "(commentaires)"] {
            assert!(super::is_comment_word(w), "{w}");
        }
        for w in ["shares", "views", "Kommentator"] {
            assert!(!super::is_comment_word(w), "{w}");
        }
    }

    #[test]
    fn strip_trailing_count() {
        use super::strip_trailing_count;
        assert_eq!(
            strip_trailing_count("by Harbour Weekly 0 Comments"),
            Some("by Harbour Weekly")
        );
        for t in [
            "Posted by Ann Lee at 7:42 PM 3 comments:",
            "Posted by Ann Lee at 7:42 PM No comments:",
        ] {
            assert_eq!(
                strip_trailing_count(t),
                Some("Posted by Ann Lee at 7:42 PM")
            );
        }
        assert_eq!(strip_trailing_count("By Jane Doe"), None);
        assert_eq!(strip_trailing_count("Say No Comments"), None);
    }
}
