//! Pages in further newsroom styles, each checked field by field: bulleted
//! key points followed by the story, a Spanish wire dateline, a byline whose
//! surname is also a place word, an Italian caption credit in brackets, a
//! site's copyright line under a paragraph, a reading time on the date line.

use newsclip::{Labeller, Options, Parser, parse};

#[test]
fn bulleted_key_points_end_where_the_story_starts() {
    let text = "\
Tech
Apple to open first store in Saudi Arabia
Updated: March 4, 2025, 9:00 AM ET
Published: March 3, 2025, 6:12 PM ET
Written by Omar Haddad
Key Takeaways:
* The store will open in Riyadh in 2026
* Apple already sells online in the kingdom
Apple said on Monday it will open its first retail store in Saudi Arabia next year, part of a push into the fast-growing Gulf market.
Apple launched its online store in Saudi Arabia in 2023.
";
    let a = parse(text);
    assert_eq!(
        a.key_points,
        [
            "The store will open in Riyadh in 2026",
            "Apple already sells online in the kingdom"
        ]
    );
    assert_eq!(a.authors, ["Omar Haddad"]);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    assert!(a.body[0].text.starts_with("Apple said on Monday"));
}

#[test]
fn a_spanish_wire_dateline_keeps_no_full_stop() {
    let text = "\
Mundo
Terremoto de magnitud 6,8 sacude el norte de Chile
El sismo se sintió en varias regiones, pero no se reportan daños graves
04/03/2025 - 14:22
SANTIAGO DE CHILE.- Un terremoto de magnitud 6,8 sacudió este martes el norte de Chile, sin que se reporten víctimas, informó el servicio sismológico.
El epicentro se localizó a 80 kilómetros al noroeste de Calama, a una profundidad de 110 kilómetros.
Vecinos de Antofagasta salieron a las calles tras el sismo. (Foto: Reuters)
La Oficina Nacional de Emergencia descartó la amenaza de tsunami para las costas del país.
";
    let a = parse(text);
    assert_eq!(a.dateline.as_deref(), Some("SANTIAGO DE CHILE"));
    assert!(a.body[0].text.starts_with("Un terremoto"));
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.captions[0].credit.as_deref(), Some("Reuters"));
}

#[test]
fn a_byline_surname_may_be_a_place_word() {
    let text = "\
Sports
Rangers rally past Devils in overtime
By Chris Park
Updated March 4, 2025 11:32 pm ET
NEWARK, N.J. — Artemi Panarin scored 2:14 into overtime and the New York Rangers rallied from two goals down to beat the New Jersey Devils 4-3 on Tuesday night.
Mika Zibanejad had a goal and two assists for the Rangers, who have won three straight.
";
    let a = parse(text);
    assert_eq!(a.authors, ["Chris Park"]);
    assert_eq!(a.dateline.as_deref(), Some("NEWARK, N.J."));
}

#[test]
fn an_italian_caption_credit_in_brackets() {
    let text = "\
Incendio in un deposito alla periferia di Roma, nessun ferito
di Mario Rossi
ROMA – Un incendio è divampato nella notte in un deposito di materiali edili alla periferia est della città. Sul posto sono intervenute sei squadre dei vigili del fuoco.
I vigili del fuoco al lavoro nella notte (foto Ansa)
Il sindaco ha invitato i residenti della zona a tenere le finestre chiuse fino a nuovo avviso.
";
    let a = parse(text);
    let captions: Vec<(&str, Option<&str>)> = a
        .captions
        .iter()
        .map(|c| (c.text.as_str(), c.credit.as_deref()))
        .collect();
    assert_eq!(
        captions,
        [("I vigili del fuoco al lavoro nella notte", Some("Ansa"))]
    );
    assert_eq!((a.authors.len(), a.body.len()), (1, 2), "{:?}", a.body);
}

#[test]
fn a_copyright_line_makes_no_caption_of_the_line_above() {
    let text = "\
City council approves new bike lanes downtown
By Mike Alvarez
The City Council voted 7-2 on Tuesday to approve a network of protected bike lanes across downtown, a project that has divided residents for more than a year.
Supporters say the lanes will make streets safer for cyclists and pedestrians.
Got a news tip? Email us at news@citypaper.example
© 2025 City Paper. All rights reserved.
";
    let a = parse(text);
    assert!(a.captions.is_empty(), "{:?}", a.captions);
}

#[test]
fn a_reading_time_on_the_date_line() {
    let text = "\
New guidelines say adults should be screened for diabetes from age 35
5 March 2025 • 3 min read
Written by Lena Ortiz
A national health panel has lowered the recommended age for diabetes screening to 35, citing rising rates of the disease among younger adults.
The panel said adults who are overweight or obese should be tested every three years.
";
    let a = parse(text);
    assert_eq!(a.reading_time_minutes, Some(3));
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-05")
    );
    assert_eq!(a.authors, ["Lena Ortiz"]);
}

#[test]
fn an_item_of_a_list_above_the_headline_is_no_headline() {
    let text = "\
Klima
Das Wichtigste in Kürze
- Der Februar war deutlich zu warm
- Im Süden fiel kaum Regen
- Meteorologen erwarten ein trockenes Frühjahr
Deutscher Wetterdienst: Februar war zu warm und zu trocken
Von Lena Becker
Veröffentlicht am 04.03.2025 | Aktualisiert am 05.03.2025
Offenbach (dpa) - Der Februar war in Deutschland deutlich zu warm und zu trocken. Das teilte der Deutsche Wetterdienst am Dienstag mit.
Die Durchschnittstemperatur lag bei 3,9 Grad und damit 3,5 Grad über dem langjährigen Mittel.
Vor allem im Süden fiel kaum Niederschlag. In Teilen Bayerns wurde nur ein Viertel der üblichen Menge gemessen.
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "Deutscher Wetterdienst: Februar war zu warm und zu trocken"
    );
    assert_eq!(a.authors, ["Lena Becker"]);
    assert_eq!(a.dateline.as_deref(), Some("Offenbach"));
    assert_eq!(a.body.len(), 3);
}

#[test]
fn highlights_printed_without_bullets_are_key_points_under_the_headline() {
    let text = "\
Home | News | Sport | TV&Showbiz

Pensioner, 82, scoops £1million lottery prize with numbers she has played for 30 years

Grandmother bought her ticket at a corner shop in Leeds

She plans to buy a caravan and take her family to Spain

Her late husband chose the numbers in 1995

By JAMES HARGREAVES FOR MAILONLINE

PUBLISHED: 10:31 GMT, 4 March 2025 | UPDATED: 12:02 GMT, 4 March 2025

A pensioner who has played the same numbers for thirty years has finally scooped a £1million prize.

Margaret Holt, 82, from Leeds, bought her ticket at her local corner shop on Saturday morning.

'I sat down and cried,' she said. 'My husband picked those numbers in 1995 and I never changed them.'

She plans to buy a static caravan and take her six grandchildren to Spain this summer.
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "Pensioner, 82, scoops £1million lottery prize with numbers she has played for 30 years"
    );
    assert_eq!(a.key_points.len(), 3, "{:?}", a.key_points);
    assert_eq!(
        a.key_points[1],
        "She plans to buy a caravan and take her family to Spain"
    );
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
    assert!(a.body[0].text.starts_with("A pensioner"));
}

#[test]
fn other_stories_headlines_over_a_date_are_no_key_points() {
    let text = "\
Storm closes schools across the county for a second day

By Jane Doe

Design axioms for game interfaces, part two: feedback

Calling the shot on next year's console launches

What the games industry needs now is fewer but stronger platforms

November 12, 2012

Schools across the county stayed closed on Tuesday as the storm brought a second day of heavy snow and ice.

County officials said the schools would reopen once the roads were cleared, possibly on Thursday.
";
    // The rules' header and the line model both keep them out.
    let rules = Parser::new(Options::default().labeller(Labeller::Rules)).parse_all(text);
    assert!(rules[0].key_points.is_empty(), "{:?}", rules[0].key_points);
    let a = parse(text);
    assert!(a.key_points.is_empty(), "{:?}", a.key_points);
}

#[test]
fn a_writers_role_and_place_under_the_byline_keep_the_header_going() {
    let text = "\
Bank of England holds interest rates at 4.5%
Faisal Islam
Economics editor
Reporting from
London
4 March 2025
Getty Images
The Bank's governor Andrew Bailey said the outlook was uncertain
The Bank of England has held interest rates at 4.5%, saying the outlook for the economy remained uncertain.
The decision by the Monetary Policy Committee was split, with two members voting for a cut.
Inflation rose to 3% in January, up from 2.5% the month before.
";
    let a = parse(text);
    assert_eq!(a.authors, ["Faisal Islam"]);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(
        a.captions[0].text,
        "The Bank's governor Andrew Bailey said the outlook was uncertain"
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("Getty Images"));
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body[0].text.starts_with("The Bank of England has held"));
}

#[test]
fn a_first_publication_under_a_later_unlabelled_date_is_the_publication() {
    let text = "\
Heatwaves in Europe now three times as likely, study finds
Researchers say the summer of 2024 would have been almost impossible without global heating
Damian Carrington Environment editor
Wed 5 Mar 2025 07.00 GMT
First published on Tue 4 Mar 2025 23.30 GMT
SKIP ADVERTISEMENT
Heatwaves in Europe have become three times more likely because of global heating, according to a new analysis.
The study, by scientists at the World Weather Attribution group, looked at the record-breaking temperatures of the summer of 2024.
";
    let a = parse(text);
    let day = |d: Option<newsclip::DateValue>| d.map(|d| d.date().to_string());
    assert_eq!(day(a.published).as_deref(), Some("2025-03-04"));
    assert_eq!(day(a.updated).as_deref(), Some("2025-03-05"));
    assert_eq!(a.section, None);
    assert!(a.body.iter().all(|b| !b.text.contains("ADVERTISEMENT")));
}

#[test]
fn unbulleted_key_points_under_a_label_end_at_the_first_sentence_of_text() {
    let text = "\
Politics
Senate deal on border bill collapses after weeks of talks
Analysis by Priya Shah
March 4, 2025, 8:00 a.m. ET
Key points
The bill lost support from both parties in the final week
Leaders now expect no vote before the spring recess
The bipartisan border bill that senators spent six weeks negotiating collapsed on Monday night.
Negotiators had agreed on new funding for immigration judges, but disagreed over asylum limits.
Correction: An earlier version of this article misstated the length of the negotiations. They lasted six weeks, not eight.
";
    let a = parse(text);
    assert_eq!(a.key_points.len(), 2, "{:?}", a.key_points);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    assert!(a.body[0].text.starts_with("The bipartisan border bill"));
    assert!(
        a.removed
            .iter()
            .any(|r| r.reason == newsclip::RemovalReason::Disclaimer
                && r.text.starts_with("Correction:"))
    );
}

#[test]
fn wire_prompts_and_contributor_lines_leave_the_body() {
    let text = "\
Storms knock out power to 200,000 in the South as tornado threat continues
By JEFF MARTIN and SARA CLINE
Updated 5:41 PM EST, March 4, 2025
TUPELO, Miss. (AP) — Severe storms knocked out power to more than 200,000 homes and businesses across the South on Tuesday.
Get a look at the day ahead in U.S. and global markets with our Morning Bid U.S. newsletter. Sign up here.
The National Weather Service said several tornadoes touched down in Mississippi and Alabama overnight.
No deaths were reported, officials said.
Associated Press writer Rebecca Reynolds contributed to this report from Louisville, Kentucky.
";
    let a = parse(text);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("Sign up here")));
    assert!(a.body.iter().all(|b| !b.text.contains("contributed")));
    assert_eq!(a.authors, ["JEFF MARTIN", "SARA CLINE"]);
}

#[test]
fn a_wire_update_note_and_an_assistance_trailer_leave_the_body() {
    let text = "\
Copper Hits Record as Supply Fears Grip Metals Traders
By Mark Burton and Jack Farchy
March 4, 2025 at 10:31 AM EST
(Updates with analyst comment in fourth paragraph.)
Copper climbed to a record high in London as concerns about tight supplies of the metal gripped traders.
Prices rose as much as 2.1% to $11,104.50 a ton on the London Metal Exchange.
“The market is extremely tight,” said a trader at a major bank.
—With assistance from Alfred Cang.
";
    let a = parse(text);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body[0].text.starts_with("Copper climbed"));
    assert_eq!(a.authors, ["Mark Burton", "Jack Farchy"]);
}

#[test]
fn an_outlets_byline_with_an_agency_credits_both() {
    let text = "\
Le gouvernement présente son plan pour l'hôpital
Par Le Figaro avec AFP
Publié le 04/03/2025 à 10:31, mis à jour le 04/03/2025 à 12:02
Le gouvernement a présenté mardi un plan de 2 milliards d'euros pour renforcer l'hôpital public.
Le plan prévoit notamment le recrutement de 5000 infirmiers d'ici 2027.
";
    let a = parse(text);
    assert_eq!(a.credits, ["Le Figaro", "AFP"]);
    assert!(a.authors.is_empty());
}

#[test]
fn a_courtesy_credit_in_brackets_and_a_meter_notice() {
    let text = "\
Margaret Ellis, founder of city's first women's shelter, dies at 91
By Helen Park
March 4, 2025
Margaret Ellis, who founded the city's first shelter for women fleeing domestic violence and ran it for three decades, died on Saturday at her home. She was 91.
Her daughter, Ruth Ellis, confirmed the death.
Photo: Margaret Ellis in 1985. (Courtesy of the Ellis family)
Ms. Ellis opened the shelter in 1978 in a rented house with six beds.
You have read 3 of 3 free articles this month.
";
    let a = parse(text);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].text, "Margaret Ellis in 1985.");
    assert_eq!(
        a.captions[0].credit.as_deref(),
        Some("Courtesy of the Ellis family")
    );
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("free articles")));
}

#[test]
fn a_gallery_keeps_its_headline_and_never_a_counter() {
    let text = "\
Gallery
In pictures: the week's best wildlife photos
1 of 4
A red fox crosses a snowy field in Norway. Photograph: Erik Berg/Shutterstock
2 of 4
Flamingos gather on a lake in Kenya. Photograph: Simon Maina/AFP via Getty Images
3 of 4
A humpback whale breaches off the coast of Australia. Photograph: Dan Peled/EPA
4 of 4
A young orangutan in a sanctuary in Borneo. Photograph: Reuters
";
    let a = parse(text);
    assert_eq!(a.title, "In pictures: the week's best wildlife photos");
    assert_eq!(a.captions.len(), 4, "{:?}", a.captions);
    assert_eq!(
        a.captions[1].credit.as_deref(),
        Some("Simon Maina/AFP via Getty Images")
    );
}

#[test]
fn an_opinion_disclaimer_and_a_call_out_leave_the_body() {
    let text = "\
Heavy snow expected across the north this weekend
By Kate Lin
March 4, 2025
Up to 30 centimetres of snow could fall on high ground in the north on Saturday, forecasters said.
Drivers have been told to avoid unnecessary journeys.
Schools may close on Monday if the roads are not cleared.
Have you been affected? Share your photos with us at photos@example.com
The views expressed here are the writer's own.
";
    let a = parse(text);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body[2].text.starts_with("Schools may close"));
}

#[test]
fn a_continuation_label_and_a_read_more_list_leave_the_body() {
    let text = "\
PM faces backlash over pension plan
Sam Coates
Tuesday 4 March 2025 10:31, UK
The prime minister is facing a backlash from his own MPs over plans to change the state pension age.
Several backbenchers have said they will vote against the plan.
Story continues
Downing Street said the change was needed to keep the pension affordable.
Read more from Sky News:
Chancellor rules out tax rises
";
    let a = parse(text);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert_eq!(a.related, ["Chancellor rules out tax rises"]);
}

#[test]
fn comments_under_a_related_heading_are_no_related_stories() {
    let text = "\
Why I switched back to paper notebooks
Posted on March 4, 2025 by Ellen Marsh
After five years of note-taking apps, I have gone back to paper, and I am not looking back.
The apps were good at storing things. They were bad at helping me think.
It is slower, and that is the point.
Related
Tom Reyes
March 4, 2025 at 9:12 am
Same here. I tried every app and ended up with a Moleskine.
Priya Nair
March 4, 2025 at 11:40 am
I use both: paper for thinking, an app for lists. Works for me.
";
    let a = parse(text);
    assert!(a.related.is_empty(), "{:?}", a.related);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert_eq!(a.authors, ["Ellen Marsh"]);
}

#[test]
fn a_german_wire_byline_keeps_its_writers() {
    let text = "\
Startseite › Politik › Deutschland
Bundestag beschließt neues Heizungsgesetz
Nach monatelangem Streit stimmt die Koalition für die Reform – die Opposition kündigt Klage an
Von Anna Schmidt und Peter Wagner
04.03.2025, 16:45 Uhr
Lesezeit: 4 Min.
Berlin (dpa) - Der Bundestag hat am Dienstag das umstrittene Heizungsgesetz verabschiedet. Für den Entwurf stimmten 391 Abgeordnete, dagegen 281.
Das Gesetz sieht vor, dass neu eingebaute Heizungen künftig zu mindestens 65 Prozent mit erneuerbaren Energien betrieben werden müssen.
Abgeordnete im Plenarsaal des Bundestages. Foto: Kay Nietfeld/dpa
Die Union kündigte an, vor dem Bundesverfassungsgericht gegen das Gesetz zu klagen. \"Das Verfahren war eine Zumutung\", sagte ein Sprecher.
Wie geht es weiter?
Der Bundesrat muss sich im April mit dem Gesetz befassen. Eine Zustimmung gilt als wahrscheinlich.
© dpa-infocom, dpa:250304-99-123456/3
Mehr zum Thema
Heizungsgesetz: Was Eigentümer jetzt wissen müssen
";
    let a = parse(text);
    assert_eq!(a.authors, ["Anna Schmidt", "Peter Wagner"]);
    assert_eq!(a.credits, ["dpa"]);
    assert_eq!(a.dateline.as_deref(), Some("Berlin"));
    assert_eq!(a.reading_time_minutes, Some(4));
}

#[test]
fn related_headings_in_portuguese_and_swedish() {
    let text = "\
Inflação desacelera em fevereiro e fica abaixo do esperado
Por Ana Souza
04/03/2025 09h15
A inflação oficial do país desacelerou em fevereiro e ficou abaixo das projeções do mercado, informou nesta terça-feira o IBGE.
O IPCA subiu 0,3% no mês, após alta de 0,5% em janeiro.
Leia também
Banco Central mantém juros em 10,5%
";
    let a = parse(text);
    assert_eq!(a.related, ["Banco Central mantém juros em 10,5%"]);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    let text = "\
Regeringen vill sänka skatten på bensin
Av Anna Svensson
Publicerad 4 mars 2025
Uppdaterad 5 mars 2025
Regeringen föreslår att skatten på bensin och diesel sänks med 50 öre per liter från den första juli.
Oppositionen kritiserar förslaget och menar att det går emot klimatmålen.
Läs också: Elpriset stiger igen i södra Sverige
";
    let a = parse(text);
    assert_eq!(a.related, ["Elpriset stiger igen i södra Sverige"]);
    assert_eq!(
        a.updated.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-05")
    );
}

#[test]
fn a_masthead_over_the_headline_is_no_section() {
    let story = "Library expansion wins final approval after packed council meeting\nPosted on Tuesday, March 4, 2025 by Staff Writer\nThe town council voted 6-1 on Monday night to approve a $4.2 million expansion of the public library, ending two years of debate.\nMore than 200 residents packed the meeting.\n";
    for (top, section) in [
        ("The Millbrook Courier", None),
        ("Tampa Bay Times", None),
        ("Local News", Some("Local News")),
        ("SCIENCE", Some("SCIENCE")),
    ] {
        let a = parse(&format!("{top}\n{story}"));
        assert_eq!(a.section.as_deref(), section, "{top}");
    }
    // Under a site menu, the menu's last line is a section label only when
    // it is set apart: in capitals under a menu that is not, or an entry of
    // the menu printed again; a menu's own last entry is none.
    let menu = "Home\nNews\nSport\nEconomía\nCulture";
    for (last, section) in [
        ("ECONOMÍA", Some("ECONOMÍA")),
        ("Sport", Some("Sport")),
        ("Contact", None),
        ("Weather", None),
        ("SHOP", None),
    ] {
        let a = parse(&format!("{menu}\n{last}\n{story}"));
        assert_eq!(a.section.as_deref(), section, "{last}");
    }
}

#[test]
fn a_status_stamp_alone_is_the_publication_and_after_one_the_update() {
    let body = "Die Inflationsrate in Deutschland ist im Februar gesunken. Vor allem Energie wurde billiger, wie das Statistische Bundesamt mitteilte.\nDie Verbraucherpreise lagen im Februar um 2,3 Prozent über dem Niveau des Vorjahresmonats.\n";
    let day = |d: Option<newsclip::DateValue>| d.map(|d| d.date().to_string());
    let a = parse(&format!(
        "Inflation sinkt im Februar auf 2,3 Prozent\nStand: 04.03.2025 11:02 Uhr\n{body}"
    ));
    assert_eq!(day(a.published).as_deref(), Some("2025-03-04"));
    assert_eq!(a.updated, None);
    let a = parse(&format!(
        "Inflation sinkt im Februar auf 2,3 Prozent\nVeröffentlicht am 03.03.2025\nStand: 04.03.2025 11:02 Uhr\n{body}"
    ));
    assert_eq!(day(a.published).as_deref(), Some("2025-03-03"));
    assert_eq!(day(a.updated).as_deref(), Some("2025-03-04"));
}
