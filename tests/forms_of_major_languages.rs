//! Bylines, credits, captions and trailers as pages in the major European
//! languages print them: a byline label with words after it ("Author of the
//! article:"), a live blog's writers ("Live reporting by"), an outlet's
//! byline with the agency it worked with ("Par La Voix du Littoral (avec
//! AFP)"), photo credits printed without a colon ("Fot. NAME", "Foto ANP /
//! NAME"), a "photo source" label ("Sursa foto:"), a reading time of
//! "about" minutes ("kb. 4 perc"), a gallery's last credit cut with the
//! story's end, a live blog's closing notice, and the story a page's
//! breadcrumb names put first.

use newsclip::{Article, parse, parse_all};

const CA: &str = r#"HALIFAX TIMES
News | Opinion | Sports | Life

OPINION

The harbour ferries should run every fifteen minutes, not every half hour

A frequent crossing would do more for traffic on the bridges than another lane ever could

Author of the article: Mireille Arsenault
Published Nov 18, 2025

Every weekday morning thousands of commuters sit on the bridges while the ferry leaves half empty every thirty minutes.

The city has studied a faster service three times in ten years and each time the report ended up on a shelf at city hall.

A ferry every fifteen minutes would cost less than widening a single approach road, the last study found in 2022.

Mireille Arsenault is an urban planner who lives in Dartmouth.
"#;

const GB: &str = r#"Cumbria Live
Home | News | Weather | Sport

Storm Imogen LIVE: Keswick cut off as the river floods and the motorway is closed

Live reporting by Harriet Coles and Sam Adeyemi
Tuesday 14th October 2025

18:40
The motorway remains closed in both directions at Shap after a lorry overturned in winds of more than 80mph.

17:55
Keswick has been cut off after the river burst its banks near the leisure pool, the county council said.

17:10
Twenty-three schools across the north of the county closed early so pupils could get home before the worst of the winds.

This live coverage has now ended. Thank you for following.

Most read
"#;

const FR: &str = r#"La Voix du Littoral
Accueil | Actualité | Sports | Loisirs

Tempête : rafales à 150 km/h sur l'île, 40 000 foyers privés d'électricité

Par La Voix du Littoral (avec AFP)
Publié le mardi 21 octobre 2025 à 07h12

Les rafales ont atteint 150 km/h à la pointe de l'île dans la nuit de lundi à mardi, selon les services de la météo.

Quelque 40 000 foyers étaient privés d'électricité mardi matin dans le département, a indiqué le gestionnaire du réseau.

Les pompiers sont intervenus plus de 300 fois pour des chutes d'arbres et des toitures arrachées, sans faire de blessé grave.
"#;

const PL: &str = r#"Gazeta Krakowska Online
Wiadomości | Sport | Kultura

Przetarg na tramwaj do Mistrzejowic unieważniony

Autor: Anna Nowicka
03.12.2025, 09:15

Zarząd Inwestycji Miejskich w Krakowie unieważnił przetarg na budowę linii tramwajowej, bo oferty przekroczyły budżet.

To już drugi nieudany przetarg na tę trasę. Pierwszy, ogłoszony w 2024 roku, również zakończył się unieważnieniem.

Tramwaj linii 4 na pętli Wzgórza Krzesławickie. Fot. Tomasz Gil

Najtańsza oferta była o 120 milionów złotych wyższa niż kwota, którą miasto zarezerwowało na inwestycję w budżecie.

Miasto zapowiada, że nowy przetarg zostanie ogłoszony jeszcze w tym roku, po zmianie zakresu zamówienia.
"#;

const NL: &str = r#"Utrechts Dagblad
Nieuws | Sport | Cultuur

Fietsenstalling onder het Jaarbeursplein krijgt 3000 extra plekken

Door Sanne de Wit
6 november 2025

UTRECHT - De fietsenstalling onder het Jaarbeursplein wordt met 3000 plekken uitgebreid. Dat heeft de gemeente dinsdag bekendgemaakt.

De stalling, die in 2017 openging, zit op werkdagen al voor het middaguur vol. Reizigers zetten hun fiets dan op straat.

Fietsers zoeken een plek in de volle stalling onder het plein.
Foto ANP / Jeroen Hofstede

De bouw begint in maart. Tijdens de werkzaamheden vervallen tijdelijk zo'n 800 plekken aan de kant van het station.

De gemeente trekt er 14 miljoen euro voor uit, waarvan de helft door het Rijk wordt betaald.
"#;

const RO: &str = r#"GAZETA NORDULUI
Acasă | Știri | Sport

Parcarea de pe strada Horea se închide din decembrie pentru lucrări

20.11.2025, 11:47
Olvasási idő: kb. 4 perc

Parcarea de pe strada Horea se va închide de la 1 decembrie pentru lucrări de modernizare, a anunțat primăria.

Parcarea de pe strada Horea, în apropierea gării.
Sursa foto: Primăria Cluj-Napoca

Lucrările vor dura patru luni și vor costa aproximativ 3 milioane de lei, potrivit documentelor publicate de primărie.

Șoferii sunt sfătuiți să folosească parcările din zona gării în această perioadă.
"#;

const ZA: &str = r#"Durban Daily
News | Sport | Galleries

GALLERY | Thousands run for the hospice along the beachfront

By Thandeka Mkhize
Sunday, 9 November 2025

More than 4,000 runners took part in the annual fun run along the Durban beachfront on Sunday, raising money for the hospice.

Image 1 of 2
Runners set off from the Umhlanga promenade shortly after 6am. Picture: Sandile Ndlovu

Organisers said this year's event raised more than R600,000, the most in its twelve-year history.

Image 2 of 2
Ninety-one-year-old Gladys Pillay crosses the finish line with her grandchildren.
Image: Supplied

Share: WhatsApp | Facebook | X | Email

More galleries
"#;

const TWO: &str = r#"Car Comparisons

2013 Coupe Shootout: Which Rear-Drive Sports Car Is Faster on the Track?

Jul. 11, 2012

We pit two affordable rear-drive sports coupes against each other on a closed track to see which one is faster, and the answer surprised everyone in the office.

The first coupe has a naturally aspirated engine and a light chassis, while the second relies on a turbocharger and a heavier body that carries more equipment.

Home / Auto News / News article: Riverside Motors Opens a City Showroom in London

Riverside Motors Opens a City Showroom in London

Luke Harlow | Aug 09, 2:31 PM

Riverside Motors opened its first city showroom in central London on Thursday, hoping to capitalise on shoppers who no longer visit out-of-town dealers.

With product experts and a customer manager on hand, the store will offer a selection of models on screens and a handful of cars on the floor.

Other makers have already made similar moves to make buying a car more fun and less like a trip to a warehouse on the edge of town.
"#;

const DE: &str = r#"Görlitzer Anzeiger
Lokales | Sport | Kultur

Straßenbahn soll bis Königshufen fahren

Von Katrin Seidel
Veröffentlicht: 29.11.2025, 06:00 Uhr

Artikel anhören • 04:36

Die Görlitzer Straßenbahn soll in drei Jahren bis in den Stadtteil Königshufen fahren. Der Stadtrat hat am Donnerstagabend mit 27 zu 9 Stimmen beschlossen, die Planung in Auftrag zu geben.

Die neue Strecke soll an der Haltestelle Landskronstraße von der bestehenden Linie 2 abzweigen und über die Zittauer Straße führen. Geplant sind fünf neue Haltestellen.

Die Kosten schätzt die Stadt auf rund 38 Millionen Euro, von denen Bund und Land den größten Teil tragen sollen.

Anmerkung der Redaktion: In einer früheren Version dieses Artikels hieß es, die Linie 2 werde eingestellt. Das ist falsch.

Mehr aus Görlitz
"#;

const SCROLL: &str = r#"Hunter Daily
News | Sport | Business

Newcastle port coal exports fall to lowest level in a decade

By Kirra Lawson
December 3, 2025 - 9:00am

Coal exports through the port fell to 138 million tonnes in the last financial year, the lowest level in a decade, according to figures released on Tuesday.

The port authority said demand from Japan and South Korea had eased as both countries added more gas and solar power to their grids.

Shipping agents said the number of vessels waiting off the coast had fallen to fewer than ten on most days.

Share this article

National

Fuel excise to rise by 1.2 cents a litre from February

AAP
December 3, 2025 - 11:20am

Motorists will pay about 1.2 cents a litre more for petrol and diesel from February 2 when fuel excise is indexed to inflation.

The twice-yearly adjustment will take the excise to about 52.6 cents a litre, the tax office said on Wednesday.

The motoring club said the rise would add about 60 cents to the cost of filling an average family car.
"#;

fn body(a: &Article) -> Vec<&str> {
    a.body.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn a_byline_label_with_words_after_it_names_the_writer() {
    let a = parse(CA);
    assert_eq!(
        a.title,
        "The harbour ferries should run every fifteen minutes, not every half hour"
    );
    assert_eq!(a.authors, ["Mireille Arsenault"]);
    assert_eq!(a.section.as_deref(), Some("OPINION"));
}

#[test]
fn a_live_blogs_writers_and_its_closing_notice() {
    let a = parse(GB);
    assert_eq!(a.authors, ["Harriet Coles", "Sam Adeyemi"]);
    assert_eq!(a.subtitle, None);
    assert!(
        body(&a).iter().all(|b| !b.contains("has now ended")),
        "{:?}",
        body(&a)
    );
}

#[test]
fn an_outlets_byline_credits_it_and_the_agency_it_worked_with() {
    let a = parse(FR);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.credits, ["La Voix du Littoral", "AFP"]);
}

#[test]
fn photo_credits_without_a_colon_make_captions() {
    let a = parse(PL);
    assert_eq!(a.captions.len(), 1, "{:?}", body(&a));
    assert_eq!(
        a.captions[0].text,
        "Tramwaj linii 4 na pętli Wzgórza Krzesławickie."
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("Tomasz Gil"));
    let a = parse(NL);
    assert_eq!(a.captions.len(), 1, "{:?}", body(&a));
    assert_eq!(
        a.captions[0].text,
        "Fietsers zoeken een plek in de volle stalling onder het plein."
    );
    assert_eq!(
        a.captions[0].credit.as_deref(),
        Some("ANP / Jeroen Hofstede")
    );
    assert!(body(&a).iter().all(|b| !b.starts_with("Fietsers")));
}

#[test]
fn a_photo_source_label_and_an_about_reading_time() {
    let a = parse(RO);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(
        a.captions[0].text,
        "Parcarea de pe strada Horea, în apropierea gării."
    );
    assert_eq!(
        a.captions[0].credit.as_deref(),
        Some("Primăria Cluj-Napoca")
    );
    assert_eq!(a.reading_time_minutes, Some(4));
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn a_galleries_last_credit_cut_with_the_end_stays_with_its_caption() {
    let a = parse(ZA);
    let last = a
        .captions
        .last()
        .map(|c| (c.text.as_str(), c.credit.as_deref()));
    assert_eq!(
        last,
        Some((
            "Ninety-one-year-old Gladys Pillay crosses the finish line with her grandchildren.",
            Some("Supplied")
        ))
    );
}

#[test]
fn the_story_the_breadcrumb_names_goes_first() {
    let arts = parse_all(TWO);
    assert_eq!(
        arts.first().map(|a| a.title.as_str()),
        Some("Riverside Motors Opens a City Showroom in London")
    );
}

#[test]
fn an_editors_correction_and_an_audio_player_are_no_story_text() {
    let a = parse(DE);
    assert_eq!(a.body.len(), 3, "{:?}", body(&a));
    assert!(
        body(&a)
            .iter()
            .all(|b| !b.starts_with("Anmerkung") && !b.contains("anhören"))
    );
}

#[test]
fn a_later_story_under_an_agency_alone_is_a_story_of_its_own() {
    let arts = parse_all(SCROLL);
    assert_eq!(
        arts.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        [
            "Newcastle port coal exports fall to lowest level in a decade",
            "Fuel excise to rise by 1.2 cents a litre from February"
        ]
    );
    assert_eq!(arts[1].credits, ["AAP"]);
    assert_eq!(arts[1].body.len(), 3);
}
