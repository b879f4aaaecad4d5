//! Whole pages in the styles of other newsrooms: a French agency story, a
//! Spanish one with an inline "related" link, an English one whose key
//! points carry no bullets. Each field is checked, not just the body.

use newsclip::parse;

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
    let day = |d: Option<newsclip::DateValue>| d.map(|d| d.date().to_string());
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
    assert_eq!(a.related, ["Cómo afecta la subida de tipos a tu hipoteca"]);
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
    let a = parse(text);
    assert_eq!(
        a.title,
        "Inflação desacelera pelo terceiro mês seguido e fica em 4,2%"
    );
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Queda nos preços dos alimentos puxou o índice para baixo, segundo o IBGE.")
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
    let rules = newsclip::Parser::new(newsclip::Options::new().labeller(newsclip::Labeller::Rules));
    let arts = rules.parse_all(GERMAN_BLOG_WITH_COMMENTS);
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
