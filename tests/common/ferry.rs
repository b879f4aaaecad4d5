//! A short news story shared by the page tests that add one piece of
//! furniture to it: its header (headline, byline, date) and its four
//! paragraphs.

/// The headline, byline and date lines.
pub const HEAD: &str = "\
Harbour ferry fares to rise by a fifth from April
By Priya Raman
March 4, 2025
";

/// The four paragraphs, one per line.
pub const TEXT: &str = "\
The harbour ferry operator will raise fares by 20 per cent from April 1, the regional transport board said on Tuesday, citing higher fuel and crew costs.
The board approved the increase after a two-hour meeting, with two members voting against it and calling for a cap on weekly passes.
Commuters who cross twice a day will pay about 180 more a month, according to figures published by the board.
The operator said it would add two early-morning crossings on weekdays from May.
";
