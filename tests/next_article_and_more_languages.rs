//! A second story printed in full after a "Next article" link; and the
//! month names, date labels,
//! reading times, photo credits and advertising labels of more languages
//! (Armenian, Georgian, Kazakh, Marathi, Nepali, Welsh, Amharic,
//! Colombian Spanish).

use newsclip::grammar::caption::parse_caption;
use newsclip::grammar::date::{DateOptions, DateRole, parse_date_line};
use newsclip::grammar::misc::parse_reading_time;
use newsclip::{parse, parse_all};

const TWO_STORIES: &str = "\
LE JOURNAL DU LAC
Accueil > Régions > Valais
Le nouveau pont de Sion ouvrira au printemps 2027
Les travaux ont pris six mois de retard à cause des crues de juin.
Claire Vouilloz
Publié: 03.11.2026, 10h12
Le nouveau pont sur le Rhône, qui doit relier les deux rives de Sion, ne sera pas ouvert à la circulation avant le printemps 2027, a annoncé lundi le canton.
Les crues du mois de juin ont inondé le chantier pendant trois semaines et endommagé une partie des coffrages, ce qui explique l'essentiel du retard.
Le coût du chantier reste inchangé, selon le chef du service des routes, qui dit avoir pu négocier avec les entreprises.
Article suivant
Valais
Une avalanche bloque la route du col pendant deux heures
ATS
Publié: 03.11.2026, 11h40
Martigny (ATS) – Une coulée de neige a recouvert lundi matin la route du col sur une cinquantaine de mètres, sans faire de blessés.
Les services de la voirie ont dégagé la chaussée en deux heures et la route a été rouverte à la circulation vers midi.
© 2026 Le Journal du Lac
";

#[test]
fn a_story_printed_after_next_article_is_a_second_article() {
    let arts = parse_all(TWO_STORIES);
    assert_eq!(
        arts.len(),
        2,
        "{:?}",
        arts.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    assert!(arts[0].title.starts_with("Le nouveau pont"));
    assert_eq!(arts[0].body.len(), 3, "{:?}", arts[0].body);
    assert!(
        arts[1].title.starts_with("Une avalanche"),
        "{}",
        arts[1].title
    );
    assert_eq!(arts[1].body.len(), 2, "{:?}", arts[1].body);
}

#[test]
fn month_names_and_date_labels_of_more_languages() {
    let opts = DateOptions::default();
    for (line, day) in [
        ("Դեկտեմբերի 5, 2026, 21:40", "2026-12-05"),
        ("प्रकाशित: ०५ डिसेंबर २०२६, ०८:३० AM", "2026-12-05"),
        ("डिसेम्बर ४, २०२६ १३:२०", "2026-12-04"),
        ("5 დეკემბერი 2026", "2026-12-05"),
        ("5 желтоқсан 2026", "2026-12-05"),
        ("diciembre 05 de 2026 - 07:45 p. m.", "2026-12-05"),
    ] {
        let p = parse_date_line(line, &opts).unwrap_or_else(|e| panic!("{line}: {e:?}"));
        let d = p.value[0].date.value.unwrap().date().to_string();
        assert_eq!(d, day, "{line}");
    }
    let p = parse_date_line("Жаңартылды: 05.12.2026, 09:02", &opts).unwrap();
    assert_eq!(p.value[0].role, DateRole::Updated);
}

#[test]
fn reading_times_credits_and_ads_of_more_languages() {
    assert_eq!(parse_reading_time("Оқу уақыты: 6 минут").unwrap().value, 6);
    assert_eq!(parse_reading_time("वाचन वेळ: ४ मिनिटे").unwrap().value, 4);
    for (line, credit) in [
        (
            "Plant yn y dosbarth newydd. Llun: Owain Jones",
            "Owain Jones",
        ),
        ("ახალი სკოლის შენობა. ფოტო: ნინო ბერიძე", "ნინო ბერიძე"),
    ] {
        let c = parse_caption(line).unwrap_or_else(|e| panic!("{line}: {e:?}"));
        assert_eq!(c.value.credit.as_deref(), Some(credit), "{line}");
    }
    let page = "\
Newyddion y Fro
Cyngor yn cytuno ar gynllun newydd i ysgolion y sir
Bydd y cyngor yn buddsoddi mewn tair ysgol newydd dros y pum mlynedd nesaf, yn ôl adroddiad a gyhoeddwyd ddydd Mawrth.
Hysbyseb
Dywedodd arweinydd y cyngor fod y cynllun yn ymateb i'r cynnydd yn nifer y plant yn y trefi mwyaf.
";
    let a = parse(page);
    assert!(a.body.iter().all(|b| b.text != "Hysbyseb"), "{:?}", a.body);
}
