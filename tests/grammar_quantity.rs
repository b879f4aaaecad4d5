//! The quantity grammar: an amount and a unit opening an ingredient line.

use newsclip::grammar::quantity::parse_quantity;

#[test]
fn amounts_and_units_open_ingredient_lines() {
    for (line, unit, rest) in [
        ("1/2 cup parsley", "cup", "parsley"),
        ("200g Mehl", "g", "Mehl"),
        ("200 g Mehl", "g", "Mehl"),
        ("2 EL Öl", "EL", "Öl"),
        (
            "1 ¼ teaspoon ground black pepper",
            "teaspoon",
            "ground black pepper",
        ),
        ("½ tsp. nutmeg", "tsp.", "nutmeg"),
        ("2-3 Zehen Knoblauch", "Zehen", "Knoblauch"),
        ("1,5 l Milch", "l", "Milch"),
        (
            "• 3 cubes MAGGI Chicken Stock",
            "cubes",
            "MAGGI Chicken Stock",
        ),
        (
            "2 cans (15 oz. can) Cannellini beans",
            "cans",
            "(15 oz. can) Cannellini beans",
        ),
        ("2 cucharadas de aceite", "cucharadas", "de aceite"),
    ] {
        let p = parse_quantity(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!((p.value, p.rest), (unit, rest), "{line:?}");
    }
}

#[test]
fn counts_networks_and_headlines_are_no_quantities() {
    for line in [
        "3G wireless arrives in May",
        "5G",
        "10 ways to save money",
        "2 cups",
        "200 g",
        "1 can make a difference",
        "2024 Glastonbury line-up",
        "",
        "g Mehl",
        "½",
    ] {
        assert!(parse_quantity(line).is_err(), "{line:?}");
    }
}

#[test]
fn the_span_covers_the_amount_and_the_unit() {
    let p = parse_quantity("  - 200 g Mehl").unwrap();
    assert_eq!(p.span.slice("  - 200 g Mehl"), Some("200 g"));
}
