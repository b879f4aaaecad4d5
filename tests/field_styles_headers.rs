//! Header blocks whose byline is not a byline line: the writer's name alone
//! over their job title (a standfirst above both, a reading time and a
//! player below), and an agency's name alone under the standfirst; and
//! source lines, reading times, related labels and captions in more
//! languages.

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
