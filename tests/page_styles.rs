//! Whole pages in the styles of other newsrooms: a French agency story, a
//! Spanish one with an inline "related" link, an English one whose key
//! points carry no bullets. Each field is checked, not just the body.

use newsclip::{RemovalReason, parse};

/// The calendar day of a date field.
fn day(d: Option<newsclip::DateValue>) -> Option<String> {
    d.map(|d| d.date().to_string())
}

/// Parses `page` and checks its headline and standfirst.
/// The parser of the hand-written rules alone (their verdicts feed the
/// line model, so the tests check them too).
fn rules() -> newsclip::Parser {
    newsclip::Parser::new(newsclip::Options::default().labeller(newsclip::Labeller::Rules))
}

/// The main story of `page` read with the line model, then with the rules alone.
fn both(page: &str) -> [newsclip::Article; 2] {
    [parse(page), rules().parse(page)]
}

fn parse_head(page: &str, title: &str, subtitle: &str) -> newsclip::Article {
    let a = parse(page);
    assert_eq!(a.title, title);
    assert_eq!(a.subtitle.as_deref(), Some(subtitle));
    a
}

/// Parses `page` and checks its headline and writers.
fn parse_named(page: &str, title: &str, authors: &[&str]) -> newsclip::Article {
    let a = parse(page);
    assert_eq!(a.title, title);
    assert_eq!(a.authors, authors);
    a
}

/// Parses `page` and checks its headline, writers and publication day.
fn parse_header(page: &str, title: &str, authors: &[&str], published: &str) -> newsclip::Article {
    let a = parse_named(page, title, authors);
    assert_eq!(day(a.published).as_deref(), Some(published));
    a
}

const FRENCH: &str = "\
Accueil > International > Europe
Les agriculteurs bloquent les routes autour de Bruxelles
Des centaines de tracteurs ont convergé vers la capitale belge pour protester contre la politique agricole commune.
Par Claire Dubois et Marc Lefèvre
Publié le 12 février 2025 à 10h15, modifié le 12 février 2025 à 18h40
Temps de lecture : 4 min.
Des tracteurs bloquent une avenue près du quartier européen, à Bruxelles, le 12 février. Photo : Yves Herman / Reuters
Bruxelles (AFP) - Des centaines d'agriculteurs venus de Belgique, de France et des Pays-Bas ont bloqué mercredi plusieurs axes autour de Bruxelles.
« Nous ne pouvons plus vivre de notre travail », a déclaré un éleveur wallon venu avec son tracteur depuis Namur.
Lire aussi : La Commission propose d'assouplir les règles environnementales
Les manifestants réclament une simplification des normes et une meilleure rémunération de leurs produits.
Une réunion prévue jeudi
Les ministres de l'agriculture des Vingt-Sept doivent se réunir jeudi pour discuter des mesures d'urgence.
Partager
Facebook
Twitter
E-mail
Sur le même sujet
Colère agricole : ce que contient le plan du gouvernement
© Le Journal 2025
";

#[test]
fn a_french_agency_story() {
    let a = parse(FRENCH);
    assert_eq!(
        a.title,
        "Les agriculteurs bloquent les routes autour de Bruxelles"
    );
    assert_eq!(a.authors, ["Claire Dubois", "Marc Lefèvre"]);
    assert_eq!(
        a.reading_time_minutes,
        Some(4),
        "'Temps de lecture : 4 min.'"
    );
    assert_eq!(a.dateline.as_deref(), Some("Bruxelles"));
    assert_eq!(a.credits, ["AFP"]);
    assert_eq!(day(a.published).as_deref(), Some("2025-02-12"));
    assert_eq!(
        day(a.updated).as_deref(),
        Some("2025-02-12"),
        "'modifié le'"
    );
    assert!(
        a.related
            .iter()
            .any(|r| r.starts_with("La Commission propose")),
        "{:?}",
        a.related
    );
    assert!(a.body.iter().all(|b| !b.text.starts_with("Lire aussi")));
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.starts_with("Temps de lecture"))
    );
    assert_eq!(a.body.len(), 5, "{:?}", a.body);
}

#[test]
fn a_spanish_inline_related_link_stays_out_of_the_body() {
    let text = "\
Inicio / Economía
El Banco Central sube los tipos de interés por tercera vez este año
La entidad eleva el precio del dinero en medio punto para frenar la inflación, que cerró enero en el 6,1%.
Por María González
Madrid, 15 feb 2025 - 09:30 CET
Actualizado: 15/02/2025 12:05
El edificio del Banco Central en Madrid. (Foto: Juan Pérez / EFE)
El Banco Central anunció este jueves una nueva subida de los tipos de interés de medio punto porcentual, hasta el 4,5%.
La decisión, adoptada por unanimidad, busca contener la inflación, que se mantiene muy por encima del objetivo del 2%.
Te puede interesar: Cómo afecta la subida de tipos a tu hipoteca
Los analistas esperaban un aumento de esa magnitud tras los últimos datos de precios.
Compartir en Facebook
Compartir en Twitter
Noticias relacionadas
El paro baja en 20.000 personas en enero
";
    let a = parse(text);
    assert_eq!(a.authors, ["María González"]);
    // The inline link, then the list under "Noticias relacionadas".
    assert_eq!(
        a.related,
        [
            "Cómo afecta la subida de tipos a tu hipoteca",
            "El paro baja en 20.000 personas en enero"
        ]
    );
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn key_points_without_bullets_under_their_label_are_no_headline() {
    let text = "\
News | UK | Politics
Chancellor unveils £10bn plan to fix crumbling schools
Key points
Funding to be spread over five years
Priority for buildings with unsafe concrete
Opposition says the sum falls short
By Tom Harris, Political Correspondent
Published 3 March 2025, 7:02am GMT | Updated 3 March 2025, 11:45am GMT
The government will spend £10bn over five years repairing school buildings in England, the chancellor has announced.
The money will go first to schools where unsafe concrete has been found, officials said.
Labour said the sum fell far short of what was needed to clear a repair backlog estimated at £13bn.
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "Chancellor unveils £10bn plan to fix crumbling schools"
    );
    assert_eq!(
        a.key_points,
        [
            "Funding to be spread over five years",
            "Priority for buildings with unsafe concrete",
            "Opposition says the sum falls short"
        ]
    );
    assert_eq!(a.authors, ["Tom Harris"]);
    assert_eq!(a.body.len(), 3);
}

#[test]
fn an_italian_story_with_its_reading_time_and_dateline() {
    let text = "\
Home > Cronaca > Milano
Milano, chiuso il ponte sul Naviglio dopo il crollo di un cornicione
I vigili del fuoco hanno transennato l'area. Nessun ferito, ma il traffico è deviato fino a lunedì.
di Giulia Bianchi
14 marzo 2025 | 09:12
Tempo di lettura: 2 minuti
Il ponte transennato in via Ripa di Porta Ticinese. (Foto Ansa)
MILANO - Un cornicione si è staccato nella notte da un palazzo affacciato sul Naviglio Grande, colpendo il parapetto del ponte pedonale.
I vigili del fuoco sono intervenuti poco dopo le tre e hanno chiuso il ponte per ragioni di sicurezza.
Leggi anche: Case popolari, il Comune stanzia 20 milioni per le facciate
Il Comune ha annunciato verifiche su tutti gli edifici storici della zona entro la fine del mese.
Riproduzione riservata ©
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "Milano, chiuso il ponte sul Naviglio dopo il crollo di un cornicione"
    );
    assert_eq!(a.authors, ["Giulia Bianchi"]);
    assert_eq!(
        a.reading_time_minutes,
        Some(2),
        "'Tempo di lettura: 2 minuti'"
    );
    assert_eq!(a.dateline.as_deref(), Some("MILANO"));
    assert_eq!(a.section.as_deref(), Some("Milano"));
    assert_eq!(
        a.related,
        ["Case popolari, il Comune stanzia 20 milioni per le facciate"]
    );
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn a_place_after_the_names_in_portuguese_is_no_name() {
    let p = newsclip::grammar::byline::parse_byline("Por João Silva, do Rio de Janeiro").unwrap();
    assert_eq!(p.value.authors, ["João Silva"]);
    let p = newsclip::grammar::byline::parse_byline("Por Ana de Souza e Pedro da Costa").unwrap();
    assert_eq!(p.value.authors, ["Ana de Souza", "Pedro da Costa"]);
}

#[test]
fn the_standfirst_under_a_full_headline_never_replaces_it() {
    let text = "\
Início › Economia
Inflação desacelera pelo terceiro mês seguido e fica em 4,2%
Queda nos preços dos alimentos puxou o índice para baixo, segundo o IBGE.
Por João Silva, do Rio de Janeiro
Publicado em 11/03/2025 - 10:05 / Atualizado em 11/03/2025 - 14:30
Feira livre no centro do Rio. Foto: Tânia Rêgo/Agência Brasil
A inflação oficial do país desacelerou pelo terceiro mês consecutivo em fevereiro, informou nesta terça-feira o Instituto Brasileiro de Geografia e Estatística.
O índice acumulado em doze meses ficou em 4,2%, abaixo das expectativas do mercado financeiro.
Leia também: Banco Central mantém juros em 10,75%
Os alimentos recuaram 0,8% no mês, com destaque para tomate e batata.
Compartilhe
WhatsApp
Facebook
";
    let a = parse_head(
        text,
        "Inflação desacelera pelo terceiro mês seguido e fica em 4,2%",
        "Queda nos preços dos alimentos puxou o índice para baixo, segundo o IBGE.",
    );
    assert_eq!(a.authors, ["João Silva"]);
    assert_eq!(a.section.as_deref(), Some("Economia"));
    assert_eq!(a.related, ["Banco Central mantém juros em 10,75%"]);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn a_dutch_agency_story_with_its_reading_time() {
    let text = "\
Home › Binnenland
Kabinet trekt extra geld uit voor dijkversterking langs de Maas
Na de overstromingen van vorig jaar komt er 400 miljoen euro bij voor het waterschap.
Door Jan de Vries
12 maart 2025, 14:05
Leestijd: 3 minuten
Een dijk langs de Maas bij Venlo. Foto: ANP
DEN HAAG (ANP) - Het kabinet trekt 400 miljoen euro extra uit voor het versterken van dijken langs de Maas, heeft de minister dinsdag bekendgemaakt.
De waterschappen hadden al langer gewaarschuwd dat het huidige budget niet toereikend was.
";
    let a = parse(text);
    assert_eq!(a.authors, ["Jan de Vries"]);
    assert_eq!(a.reading_time_minutes, Some(3), "'Leestijd: 3 minuten'");
    assert_eq!(a.dateline.as_deref(), Some("DEN HAAG"));
    assert_eq!(a.credits, ["ANP"]);
    assert_eq!(a.section.as_deref(), Some("Binnenland"));
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

/// A blog post whose readers' comments follow it, each under its
/// commenter's name and date and above a "Antworten" (reply) button, with
/// no heading that names the comments.
const GERMAN_BLOG_WITH_COMMENTS: &str = "\
Startseite
Über mich
Kontakt
Warum wir im Winter mehr schlafen
Veröffentlicht am 3. Februar 2024 von Heike Brandt
Im Winter fällt vielen Menschen das Aufstehen schwerer als im Sommer, und dafür gibt es gute Gründe.
Das Tageslicht steuert die innere Uhr, und im Winter bekommt sie davon deutlich weniger ab als im Rest des Jahres.
Forscher raten deshalb dazu, morgens möglichst früh nach draußen zu gehen und die Wohnung hell zu beleuchten.
Wer abends auf helle Bildschirme verzichtet, schläft außerdem meist schneller ein und wacht erholter auf.
Vorheriger Beitrag: Zehn Tipps für den Frühjahrsputz
Klaus M. 4. Februar 2024 um 8:12 Uhr
Ich stehe im Winter auch immer später auf und habe dabei trotzdem das Gefühl, dass ich zu wenig Schlaf bekomme.
Antworten
Sabine 5. Februar 2024 um 21:40 Uhr
Danke für den Artikel, das mit dem Licht am Morgen werde ich ab morgen direkt einmal ausprobieren und berichten.
Antworten
Peter Wolf 6. Februar 2024 um 7:03 Uhr
Bei mir hilft vor allem ein fester Rhythmus, auch am Wochenende, selbst wenn das manchmal ziemlich schwerfällt.
Antworten
";

#[test]
fn a_comment_thread_under_reply_buttons_stays_out_of_the_story() {
    let arts = newsclip::parse_all(GERMAN_BLOG_WITH_COMMENTS);
    assert_eq!(arts.len(), 1, "a comment is no story: {arts:#?}");
    let a = &arts[0];
    assert_eq!(a.title, "Warum wir im Winter mehr schlafen");
    assert_eq!(a.authors, ["Heike Brandt"]);
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.starts_with("Ich stehe")));
    assert!(a.body.iter().all(|b| !b.text.starts_with("Danke")));
    // The rules alone find the thread too (their verdicts feed the model).
    let arts = rules().parse_all(GERMAN_BLOG_WITH_COMMENTS);
    assert_eq!(arts.len(), 1, "{arts:#?}");
    assert_eq!(arts[0].body.len(), 4, "{:#?}", arts[0].body);
    assert!(
        arts[0]
            .removed
            .iter()
            .any(|r| r.text.starts_with("Sabine")
                && r.reason == newsclip::RemovalReason::CommentForm),
        "{:#?}",
        arts[0].removed
    );
}

/// A British page: the names and the places they wrote from without "By",
/// the standfirst under the headline, the date written day first and a
/// "Last modified on" line.
const BRITISH_NAMES_IN_PLACES: &str = "\
World news
Ukraine war
Zelenskyy says Ukraine ready for talks as envoys meet in Saudi Arabia
Ukrainian president says his country wants peace but will not accept terms that reward Russian aggression
Ukraine war – latest updates
Jane Smith in Kyiv and John Roe in Jeddah
Tue 4 Mar 2025 06.00 GMT
Last modified on Tue 4 Mar 2025 08.12 GMT
Volodymyr Zelenskyy has said Ukraine is ready to begin talks on ending the war, as senior officials from Kyiv and Washington prepared to meet in Saudi Arabia.
The Ukrainian president said his country wanted peace \"more than anyone\" but would not accept terms that rewarded Russia for its invasion.
US officials are expected to press Kyiv to agree to a partial ceasefire covering air and sea attacks.
Explore more on these topics
Ukraine
Russia
Volodymyr Zelenskyy
Share
Reuse this content
";

#[test]
fn names_in_places_without_by_and_a_last_modified_line() {
    let a = parse(BRITISH_NAMES_IN_PLACES);
    assert_eq!(a.authors, ["Jane Smith", "John Roe"]);
    assert_eq!(day(a.published).as_deref(), Some("2025-03-04"));
    assert_eq!(
        day(a.updated).as_deref(),
        Some("2025-03-04"),
        "'Last modified on'"
    );
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.starts_with("Jane Smith")));
}

/// A broadcaster's page: the photo credit printed above its caption, the
/// reporter's desk under the name.
const CREDIT_ABOVE_CAPTION: &str = "\
Storm Eowyn: Thousands still without power after record winds
4 March 2025
Share
Save
Jane Smith
BBC News, Belfast
Getty Images
Engineers have been working around the clock to restore supplies
Tens of thousands of homes remain without power after Storm Eowyn brought record-breaking winds to Northern Ireland.
The Met Office said a gust of 100mph was recorded at Brizlee Wood, the highest since records began.
NIE Networks said it expected most customers to be reconnected by the weekend, but some could wait longer.
Schools across the region will remain closed on Wednesday.
Related topics
Weather
Northern Ireland
";

#[test]
fn a_credit_printed_above_its_caption_heads_it() {
    let a = parse(CREDIT_ABOVE_CAPTION);
    assert_eq!(a.authors, ["Jane Smith"]);
    assert_eq!(a.captions.len(), 1, "{:#?}", a.captions);
    assert_eq!(
        a.captions[0].text,
        "Engineers have been working around the clock to restore supplies"
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("Getty Images"));
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    assert!(a.body[0].text.starts_with("Tens of thousands"));
}

/// A cable network's page: a "contributed to this report" line closes it.
const CONTRIBUTED_TRAILER: &str = "\
Politics
Senate passes stopgap bill to avert government shutdown
By Jane Smith, Manu Raju and Ted Barrett, CNN
Updated 3:45 PM EST, Tue March 4, 2025
Source: CNN
The Senate passed a short-term funding bill late Tuesday, sending it to the president's desk hours before a midnight deadline.
Washington (CNN) — The Senate on Tuesday passed a stopgap bill that keeps the government funded through the end of April, averting a shutdown.
The vote was 68-31, with a number of Republicans joining Democrats to support the measure.
\"This is not the bill any of us wanted,\" the majority leader said on the floor before the vote.
The House passed the measure last week after days of negotiations between party leaders.
CNN's Lauren Fox contributed to this report.
";

#[test]
fn a_contributed_to_this_report_line_is_no_body() {
    let a = parse(CONTRIBUTED_TRAILER);
    assert_eq!(a.authors, ["Jane Smith", "Manu Raju", "Ted Barrett"]);
    assert_eq!(a.credits, ["CNN"]);
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.contains("contributed to this report")),
        "{:#?}",
        a.body
    );
    assert!(
        a.body
            .last()
            .is_some_and(|b| b.text.starts_with("The House passed"))
    );
}

/// A newspaper's page: a bio of the reporter and the print edition's
/// notice under the story.
const PRINT_NOTICE: &str = "\
Supported by
Fed Holds Rates Steady and Signals Patience on Cuts
Officials said they wanted more evidence that inflation was cooling before lowering borrowing costs.
By Jane Smith and John Roe
Reporting from Washington
March 4, 2025
Updated 5:32 p.m. ET
Federal Reserve officials left interest rates unchanged on Tuesday and signaled that they were in no hurry to cut them.
The decision, which was widely expected, kept the central bank's benchmark rate in a range of 4.25 to 4.5 percent.
Jerome H. Powell, the Fed chair, said at a news conference that the economy remained strong.
\"We do not need to be in a hurry,\" Mr. Powell said.
Jane Smith covers the Federal Reserve and the economy for The Times.
A version of this article appears in print on March 5, 2025, Section B, Page 1 of the New York edition with the headline: Fed Holds Rates Steady.
";

#[test]
fn the_print_edition_notice_and_the_bio_are_no_body() {
    let a = parse(PRINT_NOTICE);
    assert_eq!(a.authors, ["Jane Smith", "John Roe"]);
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("appears in print")));
}

/// A live blog: headline, standfirst and key points above the entries,
/// each entry under its time stamp.
const LIVE_BLOG: &str = "\
Live
Ukraine war live: Zelenskyy says ready for peace talks
Follow the latest updates as European leaders meet in Brussels.
Updated 4 March 2025 10:45 GMT
Key points
Zelenskyy says Ukraine is ready to work under Trump's leadership
EU leaders to meet on Thursday for a defence summit
10:45 GMT
Zelenskyy: \"Ukraine is ready to come to the negotiating table\"
Ukraine's president said his country was ready to come to the negotiating table as soon as possible.
09:30 GMT
EU to unveil defence plan
The European Commission is expected to unveil a plan to boost defence spending across the bloc.
";

#[test]
fn a_live_blog_keeps_its_headline_and_its_entries() {
    let a = parse_head(
        LIVE_BLOG,
        "Ukraine war live: Zelenskyy says ready for peace talks",
        "Follow the latest updates as European leaders meet in Brussels.",
    );
    assert_eq!(a.key_points.len(), 2, "{:#?}", a.key_points);
    let body: Vec<(newsclip::BlockKind, &str)> =
        a.body.iter().map(|b| (b.kind, b.text.as_str())).collect();
    use newsclip::BlockKind::{Heading, Paragraph};
    assert_eq!(body.len(), 6, "{body:#?}");
    assert_eq!(body[0], (Heading, "10:45 GMT"));
    assert_eq!(body[1].0, Heading, "the entry's headline");
    assert_eq!(body[2].0, Paragraph);
    assert_eq!(body[3], (Heading, "09:30 GMT"));
    assert_eq!(body[4], (Heading, "EU to unveil defence plan"));
}

/// A Spanish page: the headline above a long standfirst, the name alone,
/// the place and date row, an update.
const HEADLINE_ABOVE_DECK: &str = "\
Internacional
El Gobierno aprueba la reforma de las pensiones tras meses de negociación
La medida, pactada con los sindicatos, eleva las cotizaciones de los salarios más altos a partir de 2026
María García
Madrid - 04 mar 2025 - 05:30 CET
Actualizado: 04 mar 2025 - 08:12 CET
El Consejo de Ministros ha aprobado este martes la reforma de las pensiones, que eleva las cotizaciones de los salarios más altos.
La ministra de Seguridad Social defendió que la reforma garantiza la sostenibilidad del sistema durante las próximas décadas.
Los sindicatos celebraron el acuerdo, mientras que la patronal expresó sus reservas sobre el aumento de los costes laborales.
Archivado En
Pensiones
Gobierno de España
";

#[test]
fn the_headline_above_a_long_standfirst_is_the_headline() {
    let a = parse_named(
        HEADLINE_ABOVE_DECK,
        "El Gobierno aprueba la reforma de las pensiones tras meses de negociación",
        &["María García"],
    );
    assert_eq!(day(a.updated).as_deref(), Some("2025-03-04"));
}

/// A French page: the update printed as a time after the publication date,
/// and a paywall notice.
const TIME_AFTER_DATE: &str = "\
International
Guerre en Ukraine : Kiev se dit prêt à des pourparlers de paix
Le président ukrainien a affirmé mardi que son pays voulait la paix, mais pas à n'importe quel prix.
Par Claire Martin
Publié le 04 mars 2025 à 05h30, modifié à 08h12
Temps de Lecture 3 min.
Article réservé aux abonnés
Le président ukrainien, Volodymyr Zelensky, a affirmé mardi que son pays était prêt à des pourparlers de paix avec la Russie.
Ces déclarations interviennent alors que Washington a suspendu son aide militaire à l'Ukraine.
Les Européens se réunissent jeudi à Bruxelles pour un sommet extraordinaire consacré à la défense.
Lire plus tard
Partager
";

#[test]
fn an_update_time_after_the_date_and_a_paywall_notice() {
    let a = parse(TIME_AFTER_DATE);
    assert_eq!(a.authors, ["Claire Martin"]);
    assert_eq!(
        a.updated.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04T08:12:00"),
        "'modifié à 08h12' is a time of the day printed before it"
    );
    assert_eq!(a.reading_time_minutes, Some(3));
    assert!(
        a.body.iter().all(|b| !b.text.contains("abonnés")),
        "{:#?}",
        a.body
    );
    assert_eq!(a.body.len(), 3);
}

/// A Brazilian page: the byline names the outlet in lower case ("g1") and
/// the city after a dash.
const LOWER_CASE_OUTLET: &str = "\
Economia
Inflação desacelera em fevereiro e fica abaixo do esperado
Índice oficial subiu 0,3% no mês, puxado pelos preços de alimentos.
Por Ana Souza, g1 — São Paulo
04/03/2025 10h45 Atualizado há 2 horas
A inflação oficial do país desacelerou em fevereiro e ficou abaixo do esperado pelos analistas, informou nesta terça-feira o IBGE.
O índice subiu 0,3% no mês, depois de alta de 0,5% em janeiro.
Os preços dos alimentos continuaram a subir, mas em ritmo menor.
";

#[test]
fn a_byline_naming_a_lower_case_outlet_is_one_story() {
    let arts = newsclip::parse_all(LOWER_CASE_OUTLET);
    assert_eq!(arts.len(), 1, "{arts:#?}");
    let a = &arts[0];
    assert_eq!(
        a.title,
        "Inflação desacelera em fevereiro e fica abaixo do esperado"
    );
    assert_eq!(a.authors, ["Ana Souza"]);
    assert_eq!(day(a.published).as_deref(), Some("2025-03-04"));
    assert_eq!(a.body.len(), 3);
}

/// A contributor network's page: the writer's name, role and a first-person
/// line about them between the headline and the date.
const WRITER_TAGLINE: &str = "\
Innovation
Why Chipmakers Are Racing To Build Factories In Arizona
Jane Doe
Senior Contributor
I cover semiconductors and the supply chain.
Follow
Mar 4, 2025, 10:45am EST
Chipmakers are pouring billions of dollars into new factories in Arizona, lured by tax credits and a skilled workforce.
The state has become the center of a manufacturing revival that few predicted a decade ago.
Local officials say water supply remains the biggest long-term challenge.
";

#[test]
fn a_writers_line_about_themselves_is_no_headline() {
    parse_named(
        WRITER_TAGLINE,
        "Why Chipmakers Are Racing To Build Factories In Arizona",
        &["Jane Doe"],
    );
}

/// An Italian agency page: the agency before the place and day in the
/// first paragraph ("(ANSA) - ROMA, 04 MAR - ").
const AGENCY_FIRST_DATELINE: &str = "\
Cronaca
Maltempo, allerta rossa in Emilia-Romagna
Scuole chiuse in diversi comuni, evacuate alcune famiglie
Redazione ANSA
ROMA
04 marzo 2025 10:45
(ANSA) - ROMA, 04 MAR - Allerta rossa per il maltempo in Emilia-Romagna, dove le piogge intense hanno fatto salire il livello dei fiumi.
In diversi comuni le scuole resteranno chiuse anche domani.
La protezione civile ha evacuato alcune famiglie nelle zone più a rischio.
Riproduzione riservata © Copyright ANSA
";

#[test]
fn an_agency_before_the_place_in_the_dateline() {
    let a = parse(AGENCY_FIRST_DATELINE);
    assert_eq!(a.title, "Maltempo, allerta rossa in Emilia-Romagna");
    assert_eq!(a.dateline.as_deref(), Some("ROMA"));
    assert_eq!(a.credits, ["ANSA"]);
    assert!(
        a.body
            .first()
            .is_some_and(|b| b.text.starts_with("Allerta rossa")),
        "{:#?}",
        a.body
    );
}

/// A German regional page: the writer's name on its own line with a comma,
/// the date under it.
const NAME_OVER_DATE: &str = "\
Startseite
Wetter
Sturm legt Bahnverkehr im Norden lahm
Jonas Weber,
am Montag, 03.02.2025 - 07:30 (2 Kommentare)
Ein Sturm hat am Montag den Bahnverkehr in weiten Teilen Norddeutschlands lahmgelegt, wie die Bahn mitteilte.
Zahlreiche Bäume stürzten auf die Gleise, Reisende mussten stundenlang warten.
Der Wetterdienst warnt für die Nacht vor weiteren Orkanböen an der Küste.
";

/// A sports blog: the date, the writer and the comment counter on one row;
/// a syndicated page: the outlet, the date and the writer.
const DATE_NAME_COUNT: &str = "\
Skispringen
Weltcup in Planica abgesagt: Zu viel Wind am Schanzentisch
3. März 2025 Lena Hofmann 4
Foto: Archiv
Der Weltcup in Planica ist am Sonntag wegen starker Windböen abgesagt worden, teilte der Veranstalter mit.
Die Springerinnen hatten bereits zwei Stunden am Schanzenkopf gewartet.
Ein Ersatztermin soll in der kommenden Woche bekanntgegeben werden.
";

const OUTLET_DATE_NAME: &str = "\
Council approves new cycle lanes for the city centre
The Evening Courier 04/03/2025 Thomas Reid
Councillors voted on Tuesday to build twelve kilometres of protected cycle lanes across the city centre.
The scheme will be paid for by a national transport grant and is due to open next spring.
Opponents said the lanes would worsen congestion for delivery drivers.
";

#[test]
fn the_writer_beside_the_date_without_by() {
    let a = parse_header(
        NAME_OVER_DATE,
        "Sturm legt Bahnverkehr im Norden lahm",
        &["Jonas Weber"],
        "2025-02-03",
    );
    assert!(
        a.body.iter().all(|b| !b.text.contains("Jonas Weber")),
        "{:#?}",
        a.body
    );
    let a = parse(DATE_NAME_COUNT);
    assert_eq!(a.authors, ["Lena Hofmann"]);
    assert_eq!(day(a.published).as_deref(), Some("2025-03-03"));
    assert!(a.captions.iter().all(|c| !c.text.contains("Lena")));
    let a = parse(OUTLET_DATE_NAME);
    assert_eq!(a.authors, ["Thomas Reid"]);
    assert_eq!(
        a.title,
        "Council approves new cycle lanes for the city centre"
    );
}

/// A blog post under which each comment opens with "Name says:" and its
/// date; the Blogger variant prints "ReplyDelete" under each comment, a
/// forum "by handle (69642) writes:" over it.
const COMMENTERS: &str = "\
Garden Notes
Why my tomatoes split after the summer storms
Posted on August 12, 2024 by Ruth Calder
Every August the same thing happens: a week of dry heat, then a storm, and half the tomatoes on the vines split open overnight.
The cause is simple. The fruit swells faster than its skin can stretch when the roots suddenly take up a lot of water after a drought.
Watering deeply and evenly through the dry spell, and mulching the beds, keeps the soil moisture steadier and the skins intact.
Picking the ripest fruit before a forecast storm also helps, since they finish ripening well on a windowsill.
14 Comments
Peter Lund says:
August 12, 2024 at 9:14 am
Mulching made all the difference in my garden this year, thank you for the tip about watering deeply.
Anna Berg says:
August 12, 2024 at 11:02 am
Mine split every year and I never knew why, now it makes sense after reading this post carefully.
Marek Novak says:
August 13, 2024 at 7:45 pm
Great post, I will try picking them earlier before the next storm comes through our valley.
";

#[test]
fn comments_under_commenters_lines_stay_out_of_the_story() {
    let a = parse(COMMENTERS);
    assert_eq!(a.title, "Why my tomatoes split after the summer storms");
    assert_eq!(a.authors, ["Ruth Calder"]);
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("Mulching made")));
    let blogger = COMMENTERS
        .replace(" says:", "")
        .replace(" am\n", " am\nReplyDelete\n");
    let a = parse(&blogger);
    assert!(
        a.body.iter().all(|b| !b.text.contains("Great post")),
        "{:#?}",
        a.body
    );
    // A forum prints "by handle (member number) writes:" over each comment.
    let forum = COMMENTERS
        .replace("Peter Lund says:", "by plund (69642) writes:")
        .replace("Anna Berg says:", "by anna_b (1980968) * writes:")
        .replace("Marek Novak says:", "by mnovak (2231) writes:");
    let a = parse(&forum);
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
}

/// A blog page whose previous and next posts are linked above the post
/// with arrows, "« Older | Main | Newer »".
const ARROW_LINKS: &str = "\
The Garden Bench
Home
About
Archives
Contact
« Planting garlic in October | Main | Saving seeds from heirloom beans »
Color life: painting the old shed
November 2, 2012
The shed had been grey for twenty years, so this autumn we finally painted it a deep green with a yellow door.
It took two weekends, four litres of paint and a lot of patience with the old window frames.
Next spring we will plant climbing roses along the south wall to soften the colour.
";

#[test]
fn a_link_printed_with_arrows_is_no_headline() {
    let a = parse(ARROW_LINKS);
    assert_eq!(a.title, "Color life: painting the old shed");
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
}

/// A health site: the writer's degrees and the date on the byline, under
/// the headline.
const DEGREES: &str = "\
Subscribe
Nutrition
Evidence Based
12 Simple Ways to Drink More Water Every Day
Written by Jane Roe, MS, RD on March 4, 2025
Drinking enough water helps your body regulate its temperature, keeps your joints cushioned and supports digestion.
Many people fall short of the recommended intake, especially during busy working days or hot weather.
Carrying a refillable bottle and drinking a glass with every meal are two of the easiest habits to start with.
";

#[test]
fn a_byline_with_degrees_is_no_headline() {
    let a = parse_header(
        DEGREES,
        "12 Simple Ways to Drink More Water Every Day",
        &["Jane Roe"],
        "2025-03-04",
    );
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
}

/// A one-paragraph blog post: related posts under it, then the platform's
/// filing line ("This entry was posted in ... Bookmark the permalink.").
const FILING_LINE: &str = "\
Camera Rumours
More sample images from the new 24-70mm zoom
By admin | Published: March 4, 2025
Pin It
In addition to the first set of sample images from the new zoom I published a few days ago, here are more taken by readers at a wedding, a football match and a night market, all shot wide open at f/2.8 without any editing.
Related posts:
First sample images from the new 24-70mm zoom
New sample images taken with the 50mm prime lens
The 35mm prime reviewed by a reader, with more sample images
This entry was posted in Lenses and tagged 24-70mm, zoom. Bookmark the permalink. Trackbacks are closed, but you can post a comment.
« Weekly news flash #186
New camera body to be announced next »
";

#[test]
fn a_blog_posts_filing_line_is_no_story() {
    let a = parse(FILING_LINE);
    assert_eq!(a.title, "More sample images from the new 24-70mm zoom");
    assert_eq!(a.body.len(), 1, "{:#?}", a.body);
    assert!(a.body.iter().all(|b| b.text.starts_with("In addition")));
}

/// A German regional story whose writer is named under its last paragraph.
const CLOSING_BYLINE: &str = "\
Lokales
So lief die Versteigerung im Kirchen-Forum
18:34 19.10.2019
Stühle, Leuchten und ein Abendmahl aus Gips: Im Kirchen-Forum wurden am Samstag Dachboden-Schätze der Gemeinde versteigert.
Jahrelang lagerten sie eingestaubt auf dem Dachboden, jetzt sollen Dessertschalen und Gemälde neue Besitzer finden.
Die Gemeinde will mit dem Erlös die Sanierung des Gotteshauses bezahlen, rund 300 000 Euro fehlen noch.
Nach über zwei Stunden hatten die Objekte neue Besitzer gefunden, die Gemeinde freut sich über 1400 Euro.
Von Jana Albers
Newsletter abonnieren
Mehr aus der Stadt
";

#[test]
fn a_byline_closing_the_text_names_the_writer() {
    // The rules read it (the line model's author ranker may find it anyway).
    for a in both(CLOSING_BYLINE) {
        assert_eq!(a.title, "So lief die Versteigerung im Kirchen-Forum");
        assert_eq!(a.authors, ["Jana Albers"]);
        assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    }
}

/// A blog page whose server printed its scripting errors above the post.
const SERVER_ERRORS: &str = "\
Strict Standards: Redefining already defined constructor for class wpdb in /www/htdocs/site/wp-includes/wp-db.php on line 56
Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/site/wp-includes/cache.php on line 36
Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/site/wp-includes/query.php on line 21
Travel Notes
Home
Contact
A weekend in Porto on a small budget
November 22, 2011
Porto is one of the cheapest cities in western Europe for a short break, and it rewards slow walking more than a packed plan.
Start at the river, cross the upper deck of the iron bridge on foot and watch the boats from the gardens on the far bank.
Eat where the workers eat: the set lunch in the small tascas costs less than a coffee and a cake in the tourist squares.
";

#[test]
fn server_errors_above_a_post_are_no_headline() {
    let a = parse(SERVER_ERRORS);
    assert_eq!(a.title, "A weekend in Porto on a small budget");
    assert_eq!(a.subtitle, None);
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert_eq!(day(a.published).as_deref(), Some("2011-11-22"));
    // The audit names them for what they are, not as text before the story.
    let errors: Vec<_> = a
        .removed
        .iter()
        .filter(|r| r.text.ends_with(" on line 21") || r.text.ends_with(" on line 56"))
        .map(|r| r.reason)
        .collect();
    assert_eq!(errors, [RemovalReason::Label, RemovalReason::Label]);
}

/// A French broadcaster's story that names its writer under the text, with a
/// label and a spaced colon, and its editor under that.
const AUTHOR_UNDER_TEXT: &str = "\
Environnement
La perte des terres fertiles inquiète les agriculteurs du Sahel
Vingt-quatre milliards de tonnes de terres fertiles sont perdues chaque année à cause de la dégradation des sols, selon une étude publiée à Dakar.
Les chercheurs appellent les gouvernements de la région à protéger les forêts et à restaurer les pâturages avant qu'il ne soit trop tard.
Auteur : Kossivi Tiassou
Edition : Marie Dupont
Audios et vidéos sur le sujet
";

#[test]
fn a_labelled_author_under_the_text_is_the_writer() {
    let a = parse_named(
        AUTHOR_UNDER_TEXT,
        "La perte des terres fertiles inquiète les agriculteurs du Sahel",
        &["Kossivi Tiassou"],
    );
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
    // The rules read the label as a byline marker too.
    assert_eq!(
        rules().parse(AUTHOR_UNDER_TEXT).authors,
        ["Kossivi Tiassou"]
    );
}

/// Bylines that say more than the names: a date and the writer's handle
/// after them, or a description of the writer.
#[test]
fn a_byline_with_a_handle_or_a_description_names_the_writer() {
    let body = "President Obama told the General Assembly 18 months ago that he would seek real breakthroughs on two issues.\n\nBut the triumph in the parliamentary elections keeps in place a government that has rejected the deal.\n";
    for byline in [
        "By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson",
        "By Steven Mufson, a senior correspondent who has covered the White House since 2009.",
    ] {
        let page = format!("Where do the relations go after the election?\n\n{byline}\n\n{body}");
        for a in both(&page) {
            assert_eq!(a.authors, ["Steven Mufson"], "{byline}");
            assert_eq!(a.body.len(), 2, "{byline}: {:#?}", a.body);
        }
    }
}

/// A ranked list whose entries are people: the rank alone, the name, then a
/// paragraph opening with the name, as an author box prints a writer.
const RANKED_PEOPLE: &str = "\
Top 3 Forgotten Inventors
by Sam Reed | November 9, 2012
Every famous invention has a crowd of people behind it whom history has mostly forgotten, and here are three of them.
3
Nettie Stevens
Nettie Stevens found that the sex of an animal is decided by its chromosomes, and the credit went to a colleague for years.
2
Hedy Lamarr
Hedy Lamarr was a film star who also patented a way of hopping between radio frequencies that wireless networks still use.
1
Garrett Morgan
Garrett Morgan designed a traffic signal with a warning position and a smoke hood that firefighters wore in the 1920s.
";

#[test]
fn a_ranked_list_of_people_is_no_author_box() {
    for a in both(RANKED_PEOPLE) {
        assert_eq!(a.title, "Top 3 Forgotten Inventors");
        for who in [
            "Nettie Stevens found",
            "Hedy Lamarr was",
            "Garrett Morgan designed",
        ] {
            assert!(
                a.body.iter().any(|b| b.text.starts_with(who)),
                "{who}: {:#?}",
                a.body
            );
        }
    }
}

/// A blog post of one paragraph, then the blog platform's comment form with
/// its preview and verification messages, printed as sentences.
const COMMENT_FORM_MESSAGES: &str = "\
Faculty position at the university
Experimental philosophers nicely fit the description for this position in the centre, which is looking for someone working on knowledge and its limits.
Posted by John Turri on Monday, October 22, 2012 at 04:17 PM | Permalink
Comments
Verify your Comment
Previewing your Comment
This is only a preview. Your comment has not yet been posted.
Your comment could not be posted. Error type:
Your comment has been saved. Comments are moderated and will not appear until approved by the author.
The letters and numbers you entered did not match the image. Please try again.
As a final step before posting your comment, enter the letters and numbers you see in the image below.
Having trouble reading this image? View an alternate.
Post a comment
";

#[test]
fn a_comment_forms_messages_are_no_body() {
    for a in both(COMMENT_FORM_MESSAGES) {
        assert!(
            a.body.iter().all(|b| !b.text.contains("comment")),
            "{:#?}",
            a.body
        );
    }
}

/// A blog post whose comments follow the platform's feed prompt, each
/// comment signed under its text.
const COMMENT_FEED: &str = "\
Why real-time media is the better name
Posted by Dana Meyer on November 01, 2012 | Permalink
Executives still hear the word social and think of teenagers sharing photos, so the name keeps the budget small.
Calling it real-time media puts the stress on speed, which is what changes how a company talks to its buyers.
Comments
You can follow this conversation by subscribing to the comment feed for this post.
I like it. I have used earned, paid and owned media for years, and the real-time part was always missing from it.
Posted by: Eric Tung | November 01, 2012 at 03:22 PM
I disagree. Calling it something else belittles what is new about the conversation between peers online.
Posted by: Bob Zagami | November 02, 2012 at 04:42 AM
";

#[test]
fn comments_under_a_feed_prompt_stay_out_of_the_story() {
    for a in both(COMMENT_FEED) {
        assert_eq!(a.title, "Why real-time media is the better name");
        assert_eq!(a.body.len(), 2, "{:#?}", a.body);
    }
}

/// An analysis whose byline names the kind of piece after an indefinite
/// article ("An analysis by").
#[test]
fn a_piece_kind_after_an_article_marks_the_byline() {
    let page = "Why the budget will not balance itself\n\nAn analysis by Jane Doe\n\nThe finance minister said on Monday that the deficit would shrink next year, but the figures in the draft budget tell another story.\n\nSpending on pensions and interest grows faster than the economy, and the promised savings are not yet in any law.\n";
    for a in both(page) {
        assert_eq!(a.authors, ["Jane Doe"]);
        assert_eq!(a.body.len(), 2, "{:#?}", a.body);
    }
}
