//! Header blocks whose byline is not a byline line: the writer's name alone
//! over their job title (a standfirst above both, a reading time and a
//! player below), and an agency's name alone under the standfirst; and
//! source lines, reading times, related labels and captions in more
//! languages: year-first Hungarian dates, Tagalog and Hebrew bylines and
//! photo labels, related labels and footer links in more languages.

use newsclip::parse;

#[test]
fn a_name_over_a_job_title_keeps_the_standfirst_above_it() {
    let text = "\
Home | News | Sport | Business | Motoring | Lifestyle
News / Local News
Riverside residents march on municipal offices over water outage
Taps in three suburbs have been dry since a pump station failed, and residents say the tankers cannot keep up.
Thandi Khumalo
Journalist
04 Mar 2025
3 min read
0:00 / 3:12
Listen to article
Share on Facebook
Share on X
Residents queue at a water tanker on Monday.
Photo: Supplied
Hundreds of residents marched to the municipal offices on Tuesday to demand that the water supply be restored.
The outage began when two pumps at the pump station failed after a power surge last week.
\"We are fetching water in buckets. The old people cannot carry them,\" said one resident.
The municipality said the replacement pumps had been ordered and would be installed within ten days.
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "Riverside residents march on municipal offices over water outage"
    );
    assert!(
        a.subtitle
            .as_deref()
            .is_some_and(|s| s.starts_with("Taps in three suburbs")),
        "{:?}",
        a.subtitle
    );
    assert_eq!(a.authors, ["Thandi Khumalo"]);
    assert_eq!(a.reading_time_minutes, Some(3));
    assert!(
        a.body[0].text.starts_with("Hundreds of residents"),
        "{:?}",
        a.body
    );
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
}

#[test]
fn an_agency_alone_under_the_standfirst_credits_the_story() {
    let text = "\
Portada
Economía
ECONOMÍA
La naviera encarga seis buques eléctricos al astillero de la ciudad
El pedido, valorado en 310 millones de euros, asegura carga de trabajo a la factoría hasta 2029.
Agencia EFE
04/03/2025 13:47 CET
Actualizado: 04/03/2025 18:20 CET
Compartir en Facebook
Compartir en X
VALDEMAR, 4 mar (EFE).- La naviera ha encargado seis transbordadores de propulsión eléctrica al astillero de la ciudad.
Los buques, de 120 metros de eslora, cubrirán las rutas entre las islas a partir de 2027.
El presidente de la naviera explicó en rueda de prensa que la inversión es la mayor de su historia.
";
    let a = parse(text);
    assert!(
        a.subtitle
            .as_deref()
            .is_some_and(|s| s.starts_with("El pedido")),
        "{:?}",
        a.subtitle
    );
    assert_eq!(a.credits, ["EFE"]);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert!(
        a.body[0].text.starts_with("La naviera ha encargado"),
        "{:?}",
        a.body
    );
}

#[test]
fn labels_in_more_languages() {
    let text = "\
Kaupunki sulkee sillan korjausten ajaksi
Anni Virtanen, STT
Lukuaika noin 3 min
Kaupunki sulkee keskustan sillan maanantaina, kun tarkastuksessa löytyi halkeamia kannen rakenteista.
Korjausten arvioidaan kestävän ainakin kuusi viikkoa, ja liikenne ohjataan kiertotielle.
Lue myös: Kaupunki tilasi uudet raitiovaunut
Kuva: Matti Mäkinen
Kaupungin mukaan työt aloitetaan heti, kun urakoitsija on valittu tarjouskilpailussa.
";
    let a = parse(text);
    assert_eq!(a.reading_time_minutes, Some(3));
    assert_eq!(a.related, ["Kaupunki tilasi uudet raitiovaunut"]);
    assert!(
        a.body.iter().all(|b| !b.text.starts_with("Lue myös")),
        "{:?}",
        a.body
    );
}

#[test]
fn a_hungarian_page_reads_its_year_first_dates_caption_and_related_label() {
    let text = "\
Új villamosokat kap a város jövőre
Kovács Anna
2025. március 4. 10:20
Frissítve: 2025. március 5.
A 2-es villamos a Nagyerdei körúton kedden. Fotó: MTI/Czeglédi Zsolt
A város közgyűlése kedden jóváhagyta hat új villamos beszerzését, amelyek jövő tavasszal állnak forgalomba.
A járművek alacsony padlósak lesznek, és mindegyikben lesz hely kerekesszékeseknek és babakocsiknak is.
Ez is érdekelheti: Felújítják a belvárosi buszmegállókat
A beruházás teljes költsége mintegy tizennyolc milliárd forint, amelynek nagy részét uniós forrásból fedezik.
Kapcsolódó cikkek
Bezár a belvárosi piac két hétre
Kapcsolat
Impresszum
";
    let a = parse(text);
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(
        a.updated.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-05")
    );
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].credit.as_deref(), Some("MTI/Czeglédi Zsolt"));
    assert!(
        a.related
            .iter()
            .any(|r| r == "Felújítják a belvárosi buszmegállókat"),
        "{:?}",
        a.related
    );
    assert!(
        !a.related
            .iter()
            .any(|r| r == "Impresszum" || r == "Kapcsolat"),
        "{:?}",
        a.related
    );
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn bylines_and_captions_in_tagalog_and_hebrew() {
    let text = "\
Jeep nahulog sa bangin sa Benguet, 3 sugatan
Ni Maria Santos
Ang jeep na nahulog sa bangin sa La Trinidad nitong Lunes ng gabi. (Larawan mula sa BFP-Cordillera)
Tatlong pasahero ang sugatan matapos mahulog sa bangin ang isang jeep sa La Trinidad, Benguet nitong Lunes ng gabi.
Ayon sa pulisya, nawalan ng preno ang sasakyan habang pababa sa matarik na bahagi ng kalsada.
Dinala ang mga sugatan sa pinakamalapit na ospital at nasa maayos nang kalagayan.
";
    let a = parse(text);
    assert_eq!(a.authors, ["Maria Santos"]);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].credit.as_deref(), Some("BFP-Cordillera"));
    let text = "\
מדוזות רבות נצפו בחופי הצפון
מאת יוסי לוי
מדוזות על חוף דדו בחיפה, הבוקר (צילום: יוסי כהן)
להקות גדולות של מדוזות נצפו הבוקר בחופי הצפון, ומשרד הבריאות הזהיר את המתרחצים.
לדברי מומחים, הרוחות המזרחיות של השבוע האחרון דחפו את המדוזות אל קו החוף.
המצילים הציבו שלטי אזהרה בחופים המוכרזים וביקשו מהציבור להישמע להוראות.
";
    let a = parse(text);
    assert_eq!(a.authors, ["יוסי לוי"]);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].credit.as_deref(), Some("יוסי כהן"));
}

#[test]
fn a_topic_list_in_the_header_leaves_the_key_points_under_it() {
    let text = "\
Councils told to find £2bn in savings as social care bill soars
Ministers warn town halls that no extra money will come before the spending review.
Harriet Lowe, Political Correspondent
4 March 2025 • 6:00am
Related Topics
Local government,
Social care,
Treasury
Key points
Councils in England face a combined £2bn gap in adult social care budgets this year
Ministers say no emergency funding will be offered before the June spending review
Councils in England have been told to find £2 billion in savings to cover soaring social care costs, according to a letter seen by this newspaper.
In a letter sent to every council leader on Monday, the minister told them to look again at every line of spending.
The Local Government Association said the letter showed that ministers did not understand the pressure on councils.
";
    let a = parse(text);
    assert_eq!(a.key_points.len(), 2, "{:?} / {:?}", a.key_points, a.body);
    assert!(
        a.body[0]
            .text
            .starts_with("Councils in England have been told"),
        "{:?}",
        a.body
    );
}

#[test]
fn a_paywall_prompt_under_a_related_box_does_not_end_the_story() {
    let text = "\
Transit agency weighs cutting late-night trains to close budget gap

By Marisol Vega

The city's transit agency would stop running trains after 11 p.m. on three of its lines under a plan released on Monday.

The proposal would save about $38 million a year, the agency's staff said in a report to the board.

Related Articles

Ferry fares to rise 25 cents in July, first increase since 2019

Board picks new general manager

The late-night cuts would affect the Blue, Green and Orange lines, which together carried thousands of riders a night last year.

You have reached your limit of 3 free articles this month.

Subscribe for just $1 a week to keep reading.

Subscribe Now

Already a subscriber? Log in

Riders who depend on the late trains said the buses would add up to an hour to their trips home.

The first public hearing is scheduled for March 18 at 6 p.m. in the agency's board room.
";
    let a = parse(text);
    assert_eq!(a.related.len(), 2, "{:?}", a.related);
    assert!(
        a.body
            .iter()
            .any(|b| b.text.starts_with("The first public hearing")),
        "{:?}",
        a.body
    );
    assert_eq!(a.body.len(), 5, "{:?}", a.body);
}
