//! Scripts whose sentences and words the Latin rules miss: the sentence
//! ends of Indic, Arabic, Southeast Asian and Ethiopic scripts, the Thai
//! and Lao paragraphs that end with no mark at all, and the vowel signs of
//! Indic and Southeast Asian scripts (combining marks inside words).

/// Sentence-final marks of scripts beside the Latin ones: the Devanagari
/// and Bengali danda, the Urdu full stop, the Arabic question mark, the
/// Myanmar, Khmer and Ethiopic full stops and the Tibetan shad.
pub(crate) const OTHER_SENTENCE_ENDS: [char; 9] = ['।', '॥', '۔', '؟', '။', '។', '።', '፧', '།'];

/// Thai, Lao, Khmer and Myanmar: scripts of Southeast Asia written with no
/// space between words (a space ends a phrase), as are Chinese and Japanese;
/// about five characters make a word.
pub(crate) fn is_southeast_asian(c: char) -> bool {
    matches!(c,
        '\u{E01}'..='\u{E4F}' // Thai letters and marks (not its digits)
        | '\u{E81}'..='\u{ECF}' // Lao
        | '\u{1780}'..='\u{17D3}' // Khmer letters and marks
        | '\u{1000}'..='\u{103F}' // Myanmar letters and marks
    )
}

/// True when `line` is a run of Thai or Lao text long enough to be a
/// paragraph (a hundred characters of the script or more) and ends with one
/// of its letters: those scripts print no full stop at a sentence's end.
pub(crate) fn is_unpunctuated_paragraph(line: &str) -> bool {
    let ends_in_script = line
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '\u{E01}'..='\u{E4F}' | '\u{E81}'..='\u{ECF}'));
    ends_in_script
        && line
            .chars()
            .filter(|&c| is_southeast_asian(c))
            .nth(99)
            .is_some()
}

/// A letter or vowel sign of the scripts of India and Southeast Asia
/// (Devanagari through Sinhala, Thai, Lao, Khmer, Myanmar): their vowel
/// signs are combining marks, no letters for `char::is_alphabetic`, yet
/// part of every word (a name "राहुल" holds one).
pub(crate) fn is_abugida_letter(c: char) -> bool {
    (matches!(c, '\u{900}'..='\u{DFF}') && !c.is_numeric() && !matches!(c, '।' | '॥'))
        || is_southeast_asian(c)
}

/// A mark written inside the words of scripts without case: the Arabic
/// harakat, the joiners (ZWNJ, ZWJ) and the letters and vowel signs of the
/// abugidas ([`is_abugida_letter`]).
pub(crate) fn is_word_mark(c: char) -> bool {
    matches!(c, '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}' | '\u{200c}' | '\u{200d}')
        || is_abugida_letter(c)
}

/// True when `t` holds letters and none of them has a case (the Arabic,
/// Gurmukhi or Georgian scripts): no capital tells a name there.
pub(crate) fn is_uncased(t: &str) -> bool {
    t.chars().any(char::is_alphabetic) && !t.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

/// True when `line` ends a sentence in another script: with one of
/// [`OTHER_SENTENCE_ENDS`], or as a Thai or Lao paragraph does (see
/// [`is_unpunctuated_paragraph`]). Each ends with a character beyond ASCII:
/// a line ending with an ASCII byte is answered at once.
pub(crate) fn ends_other_script(line: &str) -> bool {
    line.as_bytes().last().is_some_and(|&b| b >= 0x80)
        && (line.ends_with(OTHER_SENTENCE_ENDS) || is_unpunctuated_paragraph(line))
}
