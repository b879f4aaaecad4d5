//! Table-driven tests of the caption and credit grammar.

use newsclip::grammar::caption::{
    is_caption_label, parse_caption, parse_credit_line, same_caption, split_credit,
};

/// (line, text, credit, label)
const CAPTIONS: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    (
        "Kadeem Simon celebrates a wicket at the stadium. (Photo courtesy CWI Media)",
        "Kadeem Simon celebrates a wicket at the stadium.",
        Some("CWI Media"),
        None,
    ),
    (
        "Reserve Bank of India Governor addresses the media in Mumbai. File | Photo Credit: PTI",
        "Reserve Bank of India Governor addresses the media in Mumbai.",
        Some("PTI"),
        Some("File"),
    ),
    (
        "US President Donald Trump, right, meets with Ukrainian President Volodymyr Zelenskyy in the Oval Office at the White House, Friday, Feb. 28, 2025, in Washington. (AP)",
        "US President Donald Trump, right, meets with Ukrainian President Volodymyr Zelenskyy in the Oval Office at the White House, Friday, Feb. 28, 2025, in Washington.",
        Some("AP"),
        None,
    ),
    (
        "Crews clear debris from Highway 1 near Spuzzum, B.C., on Sunday. (Harjit Sandhu/Pacific Broadcast News)",
        "Crews clear debris from Highway 1 near Spuzzum, B.C., on Sunday.",
        Some("Harjit Sandhu/Pacific Broadcast News"),
        None,
    ),
    (
        "Kinder spielen auf dem Schulhof einer Grundschule in Hannover. Foto: Jonas Weber/dpa",
        "Kinder spielen auf dem Schulhof einer Grundschule in Hannover.",
        Some("Jonas Weber/dpa"),
        None,
    ),
    (
        "Photo: Farmer Jill Carter checks a dry dam on her property near Walgett. (Coastline News: Tom Hadley)",
        "Farmer Jill Carter checks a dry dam on her property near Walgett.",
        Some("Coastline News: Tom Hadley"),
        Some("Photo:"),
    ),
    (
        "Photo for illustrative purposes. U.S. Secretary of State Marco Rubio testifies on Jan. 15, 2025. (Kent Nishimura/Bloomberg via Getty Images)",
        "U.S. Secretary of State Marco Rubio testifies on Jan. 15, 2025.",
        Some("Kent Nishimura/Bloomberg via Getty Images"),
        Some("Photo for illustrative purposes."),
    ),
    (
        "[1/2] Shoppers walk along Oxford Street in London, Britain, January 18, 2025. REUTERS/Hannah Whitley Purchase Licensing Rights, opens new tab",
        "Shoppers walk along Oxford Street in London, Britain, January 18, 2025.",
        Some("REUTERS/Hannah Whitley"),
        None,
    ),
    (
        "Sen. Maria Castellanos, D-N.M., speaks during a hearing on Capitol Hill, Tuesday, March 4, 2025, in Washington. (AP Photo/Mark Delaney)",
        "Sen. Maria Castellanos, D-N.M., speaks during a hearing on Capitol Hill, Tuesday, March 4, 2025, in Washington.",
        Some("AP Photo/Mark Delaney"),
        None,
    ),
    (
        "Smoke rises over Gaza City. (AFP)",
        "Smoke rises over Gaza City.",
        Some("AFP"),
        None,
    ),
    (
        "Fans cheer in Paris. (Getty Images)",
        "Fans cheer in Paris.",
        Some("Getty Images"),
        None,
    ),
    (
        "The president speaks on Monday. AP Photo/Evan Vucci",
        "The president speaks on Monday.",
        Some("AP Photo/Evan Vucci"),
        None,
    ),
    (
        "The Capitol at dusk. AP Photo/J. Scott Applewhite",
        "The Capitol at dusk.",
        Some("AP Photo/J. Scott Applewhite"),
        None,
    ),
    (
        "A protester in Berlin. Photo: Lisa Brandt/Reuters",
        "A protester in Berlin.",
        Some("Lisa Brandt/Reuters"),
        None,
    ),
    (
        "Der Bundestag in Berlin. Foto: dpa",
        "Der Bundestag in Berlin.",
        Some("dpa"),
        None,
    ),
    (
        "Ein Zug im Hauptbahnhof. Bild: Max Müller/SZ",
        "Ein Zug im Hauptbahnhof.",
        Some("Max Müller/SZ"),
        None,
    ),
    (
        "Manifestantes en Madrid. EFE/Juan Pérez",
        "Manifestantes en Madrid.",
        Some("EFE/Juan Pérez"),
        None,
    ),
    (
        "Ice breaks up early on the lake. Image credit: Mikko Laine",
        "Ice breaks up early on the lake.",
        Some("Mikko Laine"),
        None,
    ),
    (
        "A rower on the Thames. Photo credit: Sam Hill",
        "A rower on the Thames.",
        Some("Sam Hill"),
        None,
    ),
    (
        "Troops on parade. © AFP 2025",
        "Troops on parade.",
        Some("AFP"),
        None,
    ),
    (
        "Traders at work. © 2025 Reuters",
        "Traders at work.",
        Some("Reuters"),
        None,
    ),
    (
        "Mr. Trump said he didn't get it. Credit...Doug Mills/The New York Times",
        "Mr. Trump said he didn't get it.",
        Some("Doug Mills/The New York Times"),
        None,
    ),
    (
        "Mr. Trump said he didn't get it.Credit...Doug Mills/The New York Times",
        "Mr. Trump said he didn't get it.",
        Some("Doug Mills/The New York Times"),
        None,
    ),
    (
        "The harbour at dawn. Credit: Ana Silva",
        "The harbour at dawn.",
        Some("Ana Silva"),
        None,
    ),
    (
        "Protesters outside parliament in London. Photograph: Jane Doe/Reuters",
        "Protesters outside parliament in London.",
        Some("Jane Doe/Reuters"),
        None,
    ),
    (
        "A drawing of the new bridge. Illustration: Tom Baker",
        "A drawing of the new bridge.",
        Some("Tom Baker"),
        None,
    ),
    (
        "Firefighters at the scene. (Photo by Jane Doe/AFP)",
        "Firefighters at the scene.",
        Some("Jane Doe/AFP"),
        None,
    ),
    (
        "The team celebrates. Picture: Mark Stone",
        "The team celebrates.",
        Some("Mark Stone"),
        None,
    ),
    (
        "Leaders pose for a photo. AFP via Getty Images",
        "Leaders pose for a photo.",
        Some("AFP via Getty Images"),
        None,
    ),
    (
        "A view of the skyline. Getty Images",
        "A view of the skyline.",
        Some("Getty Images"),
        None,
    ),
    (
        "Rescuers search the rubble on Sunday. AFP",
        "Rescuers search the rubble on Sunday.",
        Some("AFP"),
        None,
    ),
    (
        "1 of 12 Flooded streets in Valencia. Reuters/Eva Manez",
        "Flooded streets in Valencia.",
        Some("Reuters/Eva Manez"),
        None,
    ),
    (
        "FILE - President Joe Biden speaks in Washington. (AP Photo/Evan Vucci, File)",
        "President Joe Biden speaks in Washington.",
        Some("AP Photo/Evan Vucci"),
        Some("FILE -"),
    ),
    (
        "FILE PHOTO: A logo is seen in Zurich. REUTERS/Arnd Wiegmann/File Photo",
        "A logo is seen in Zurich.",
        Some("REUTERS/Arnd Wiegmann/File Photo"),
        Some("FILE PHOTO:"),
    ),
    (
        "File photo: The old town hall.",
        "The old town hall.",
        None,
        Some("File photo:"),
    ),
    (
        "Pictured: The new stadium.",
        "The new stadium.",
        None,
        Some("Pictured:"),
    ),
    (
        "Illustrative image. A nurse at work. (Shutterstock)",
        "A nurse at work.",
        Some("Shutterstock"),
        Some("Illustrative image."),
    ),
    (
        "Archive photo. Old port of Genoa.",
        "Old port of Genoa.",
        None,
        Some("Archive photo."),
    ),
    (
        "Symbolbild Ein Polizeiauto. Foto: Peter Kneffel/dpa",
        "Ein Polizeiauto.",
        Some("Peter Kneffel/dpa"),
        Some("Symbolbild"),
    ),
    (
        "Archivbild: Der Reichstag. Foto: Kay Nietfeld/dpa",
        "Der Reichstag.",
        Some("Kay Nietfeld/dpa"),
        Some("Archivbild:"),
    ),
    (
        "Ein Polizeiauto. Foto: dpa (Symbolbild)",
        "Ein Polizeiauto.",
        Some("dpa"),
        Some("Symbolbild"),
    ),
    (
        "Image: A satellite view of the storm.",
        "A satellite view of the storm.",
        None,
        Some("Image:"),
    ),
    (
        "The stage before the show | Photo: Kim Lee",
        "The stage before the show",
        Some("Kim Lee"),
        None,
    ),
    (
        "Oil tanks in Cushing. Source: Reuters",
        "Oil tanks in Cushing.",
        Some("Reuters"),
        None,
    ),
    (
        "Photo: REUTERS/Jane Doe",
        "",
        Some("REUTERS/Jane Doe"),
        None,
    ),
    (
        "Workers at the plant (Kim Lee/Yonhap via AP)",
        "Workers at the plant",
        Some("Kim Lee/Yonhap via AP"),
        None,
    ),
    (
        "Des manifestants à Paris. Photo : AFP",
        "Des manifestants à Paris.",
        Some("AFP"),
        None,
    ),
    (
        "Demonstranten in Berlin. Foto: picture alliance/dpa",
        "Demonstranten in Berlin.",
        Some("picture alliance/dpa"),
        None,
    ),
    (
        "Floodwater in Lismore. (ABC News: Jane Doe)",
        "Floodwater in Lismore.",
        Some("ABC News: Jane Doe"),
        None,
    ),
    (
        "A man walks past the shop. (Supplied)",
        "A man walks past the shop.",
        Some("Supplied"),
        None,
    ),
    (
        "Smoke rises over Khan Younis. EPA-EFE/Mohammed Saber",
        "Smoke rises over Khan Younis.",
        Some("EPA-EFE/Mohammed Saber"),
        None,
    ),
    (
        "Ukraine's President Volodymyr Zelensky holds a press-conference outside Mariyinsky Palace in Kyiv on August 29, 2025, amid Russian invasion in Ukraine. AFP",
        "Ukraine's President Volodymyr Zelensky holds a press-conference outside Mariyinsky Palace in Kyiv on August 29, 2025, amid Russian invasion in Ukraine.",
        Some("AFP"),
        None,
    ),
    (
        "Trump speaks at the White House. (Photo by Chip Somodevilla/Getty Images)",
        "Trump speaks at the White House.",
        Some("Chip Somodevilla/Getty Images"),
        None,
    ),
    (
        "Der Hafen am Abend. (Foto: dpa)",
        "Der Hafen am Abend.",
        Some("dpa"),
        None,
    ),
];

/// Lines that carry no credit or label.
const NOT_CAPTIONS: &[&str] = &[
    "Sen. Jim Risch (R-Idaho) said the bill would pass.",
    "Like-for-like sales fell, the British Retail Consortium (BRC)",
    "The minister, seen here (pictured), resigned.",
    "Police released an image of the suspect (file)",
    "The law was passed by parliament (2019)",
    "The two leaders shook hands (left)",
    "The statement was published online (in Russian)",
    "Shoppers walk along Oxford Street in London.",
    "He said the photo was taken in 2019.",
    "Share",
    "Mikko Laine",
    "",
    "Read more: Photo: what we know so far about it",
    "The source: officials who asked not to be named.",
    "Prices rose 2% (year on year)",
    "Photos of the day",
];

#[test]
fn captions() {
    for (line, text, credit, label) in CAPTIONS {
        let p = parse_caption(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value.text, *text, "text of {line:?}");
        assert_eq!(p.value.credit.as_deref(), *credit, "credit of {line:?}");
        assert_eq!(p.value.label.as_deref(), *label, "label of {line:?}");
        assert_eq!(p.rest, "");
    }
}

#[test]
fn near_misses() {
    for line in NOT_CAPTIONS {
        assert!(
            parse_caption(line).is_err(),
            "{line:?} -> {:?}",
            parse_caption(line)
        );
    }
}

/// (line, credit)
const CREDIT_LINES: &[(&str, &str)] = &[
    ("Image credit: Mikko Laine", "Mikko Laine"),
    ("Photo: REUTERS/Name Surname", "REUTERS/Name Surname"),
    (
        "Credit...Doug Mills/The New York Times",
        "Doug Mills/The New York Times",
    ),
    ("(AP Photo/Mark Delaney)", "AP Photo/Mark Delaney"),
    ("© AFP 2025", "AFP"),
    ("Foto: dpa", "dpa"),
    ("Getty Images", "Getty Images"),
    ("AP Photo/Evan Vucci", "AP Photo/Evan Vucci"),
    ("Photograph: Jane Doe/Reuters", "Jane Doe/Reuters"),
    ("Credit: Ana Silva", "Ana Silva"),
    ("  Photo credit: Sam Hill.  ", "Sam Hill"),
    ("Bild: Max Müller", "Max Müller"),
    ("(Getty Images)", "Getty Images"),
    ("AFP via Getty Images", "AFP via Getty Images"),
    ("Copyright 2024 Jane Doe. All rights reserved.", "Jane Doe"),
];

const NOT_CREDIT_LINES: &[&str] = &[
    "Photo for illustrative purposes.",
    "Share",
    "Mikko Laine",
    "AFP",
    "Photo: Farmer Jill Carter checks a dry dam on her property.",
    "(R-Idaho)",
    "(pictured)",
    "Source: officials",
    "Credit card debt rose in March.",
    "Follow",
];

#[test]
fn credit_lines() {
    for (line, credit) in CREDIT_LINES {
        let p = parse_credit_line(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value, *credit, "{line:?}");
    }
    for line in NOT_CREDIT_LINES {
        assert!(parse_credit_line(line).is_err(), "{line:?}");
    }
}

#[test]
fn labels_and_same_caption() {
    assert!(is_caption_label("Photo for illustrative purposes."));
    assert!(is_caption_label("FILE PHOTO:"));
    assert!(is_caption_label("Symbolbild"));
    assert!(!is_caption_label("Share"));
    assert!(same_caption(
        "[1/2] Shoppers walk along Oxford Street in London. REUTERS/Hannah Whitley",
        "Shoppers walk along Oxford Street in London"
    ));
    assert!(!same_caption("", ""));
    assert_eq!(
        split_credit("Smoke rises. (AFP)"),
        Some(("Smoke rises.".into(), "AFP".into()))
    );
    assert_eq!(split_credit("File photo: The old town hall."), None);
}

#[test]
fn hostile_input_is_cheap() {
    let deep = "(".repeat(100_000);
    assert!(parse_caption(&deep).is_err());
    assert!(parse_credit_line(&deep).is_err());
    let long = "word ".repeat(2_000_000);
    assert!(parse_caption(&long).is_err());
    let unbalanced = format!("Text. ({}AP)", "(".repeat(500));
    let _ = parse_caption(&unbalanced);
    let close = format!("Text. {}", ")".repeat(1_000));
    assert!(parse_caption(&close).is_err());
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics(s in "[A-Za-z0-9 ().,:/©É—\\-\\[\\]…]{0,200}") {
            if let Ok(p) = parse_caption(&s) {
                prop_assert!(p.span.end <= s.len());
                prop_assert!(p.value.text.len() <= s.len());
            }
            if let Ok(p) = parse_credit_line(&s) {
                prop_assert!(!p.value.is_empty());
            }
            let _ = same_caption(&s, &s);
            let _ = is_caption_label(&s);
        }
    }
}

/// The photo labels of Turkish, Polish and Russian pages open a
/// credit like "Foto:" does.
#[test]
fn photo_labels_in_more_scripts() {
    for (line, text, credit) in [
        (
            "Belediye binasının önü. Fotoğraf: AA",
            "Belediye binasının önü.",
            "AA",
        ),
        (
            "Nowy most na Wiśle. Fot.: Jan Nowak",
            "Nowy most na Wiśle.",
            "Jan Nowak",
        ),
        ("Здание вокзала. Фото: ТАСС", "Здание вокзала.", "ТАСС"),
    ] {
        let p = parse_caption(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value.text, text, "{line:?}");
        assert_eq!(p.value.credit.as_deref(), Some(credit), "{line:?}");
    }
}
