//! Field grammars on forms that local papers print: Czech and Slovak dates
//! with a space after each dot, an agency's acronym behind a comma or a
//! date without its comma in a dateline, reading times in more languages,
//! a writer's trade in brackets, a party and region code in brackets, a job
//! title with the outlet, and a cookie banner that is no breadcrumb.

use newsclip::grammar::byline::{parse_byline, role_then_outlet};
use newsclip::grammar::caption::parse_caption;
use newsclip::grammar::date::{DateOptions, DateRole, parse_date_line};
use newsclip::grammar::dateline::parse_dateline;
use newsclip::grammar::misc::{parse_breadcrumb, parse_reading_time};

#[test]
fn a_numeric_date_with_a_space_after_each_dot() {
    let opts = DateOptions::default();
    let p = parse_date_line("Aktualizované 18. 3. 2025 16:20", &opts).expect("date line");
    assert_eq!(p.value[0].role, DateRole::Updated);
    let d = p.value[0].date.value.expect("resolved").to_string();
    assert_eq!(d, "2025-03-18T16:20:00");
    let p = parse_date_line("Обновена: 19.03.2025, 09:15 ч.", &opts).expect("date line");
    assert_eq!(p.value[0].role, DateRole::Updated);
    // A score or a list is no date.
    assert!(parse_date_line("18. 3. bis", &opts).is_err());
}

#[test]
fn an_agency_acronym_after_the_date_or_a_date_without_its_comma() {
    for (line, place, agency, md) in [
        (
            "Accra, March 5, GNA – The board raised the price.",
            "Accra",
            "GNA",
            (3, 5),
        ),
        (
            "Bratislava 18. marca (TASR) – Učitelia dostanú viac.",
            "Bratislava",
            "TASR",
            (3, 18),
        ),
    ] {
        let d = parse_dateline(line).expect(line).value;
        assert_eq!(d.place, place);
        assert_eq!(d.agency.as_deref(), Some(agency));
        assert_eq!(d.month_day, Some(md));
    }
    // Without an agency or a separator after it, no dateline.
    for line in [
        "Accra, March 5, GNA said the board raised the price.",
        "Kyiv 4 March is the capital's busiest day.",
    ] {
        assert!(parse_dateline(line).is_err(), "{line}");
    }
}

#[test]
fn reading_times_in_more_languages() {
    for (line, n) in [
        ("Čítanie na 3 minúty", 3),
        ("Време за четене: 4 мин.", 4),
        ("Skaitymo laikas 4 min.", 4),
        ("Čas čtení: 5 minut", 5),
        ("Lästid 6 minuter", 6),
    ] {
        assert_eq!(parse_reading_time(line).map(|p| p.value), Ok(n), "{line}");
    }
}

#[test]
fn a_trade_in_brackets_is_no_credit() {
    for line in [
        "Par Hélène Vasseur-Dumas (Historienne)",
        "Von Hans Meier (Politologe)",
    ] {
        let b = parse_byline(line).expect(line).value;
        assert_eq!(b.authors.len(), 1, "{line}");
        assert!(b.credits.is_empty(), "{line}: {:?}", b.credits);
    }
    let b = parse_byline("By Jane Doe (Reuters)").expect("byline").value;
    assert_eq!(b.credits, ["Reuters"]);
}

#[test]
fn a_party_and_region_code_in_brackets_is_no_photo_credit() {
    let line = "Projekte in der Westschweiz würden nicht verzögert, versicherte Kommissionssprecherin Regula Hänggi (Mitte/ZH).";
    assert!(parse_caption(line).is_err());
    let c = parse_caption("Ein Intercity bei Kemptthal. (Keystone/Christian Merz)")
        .expect("caption")
        .value;
    assert_eq!(c.credit.as_deref(), Some("Keystone/Christian Merz"));
}

#[test]
fn a_job_title_with_the_outlet() {
    assert_eq!(
        role_then_outlet("Weather Reporter·NZ Tribune·"),
        Some("NZ Tribune")
    );
    assert_eq!(role_then_outlet("Weather Reporter"), None);
}

#[test]
fn a_cookie_banner_with_a_bar_is_no_breadcrumb() {
    assert!(parse_breadcrumb("Šioje svetainėje naudojami slapukai. Sutinku | Nustatymai").is_err());
    assert!(parse_breadcrumb("Domov › Správy › Slovensko").is_ok());
}

#[test]
fn a_cyrillic_photo_label_in_capitals_opens_the_credit() {
    let c = parse_caption("База на остров Ливингстън. Снимка: Български антарктически институт")
        .expect("caption")
        .value;
    assert_eq!(
        c.credit.as_deref(),
        Some("Български антарктически институт")
    );
}

#[test]
fn writers_named_with_their_shifts() {
    let names =
        newsclip::grammar::byline::name_list("Ellie Dunstan (now) and Mitch Kerrigan (earlier)");
    assert_eq!(
        names.as_deref(),
        Some(&["Ellie Dunstan".to_string(), "Mitch Kerrigan".to_string()][..])
    );
    // A bracket that is no lower-case aside keeps the line no list of names.
    assert_eq!(
        newsclip::grammar::byline::name_list("Ellie Dunstan (Reuters) and Mitch Kerrigan"),
        None
    );
}
