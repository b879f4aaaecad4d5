//! Pages in newsroom styles of more countries and languages, checked field
//! by field: an Italian agency page (its desk's credit, a standfirst of two
//! short sentences, a rights line under the story), a Russian page (a
//! "Текст:" byline, a dateline closed by a full stop after its date), a
//! Spanish page whose standfirst stands over the writer's name, an Indian
//! paper's page (a desk's credit, a caption's closing "File" label), an
//! Australian agency's line under the writer's name and a Canadian wire
//! story's note on when it was first published, a Turkish page (a "Haber:"
//! byline, a "Son Güncelleme" update, an "İlgili Haberler" list) and an
//! Arabic page (its month names, an "اقرأ أيضا" list, a "بقلم:" byline), a
//! German column's byline after its date and a Chinese page's source and
//! writer labels.

use newsclip::parse;

#[test]
fn an_italian_agency_page_credits_the_agency_not_a_caption() {
    let text = "\
Economia

Istat, a novembre inflazione stabile all'1,2%

Prezzi dei beni alimentari in lieve calo. Energia in rialzo

Redazione ANSA

04 dicembre 2026

A novembre l'inflazione in Italia resta stabile all'1,2% su base annua, secondo le stime preliminari dell'Istat diffuse oggi.

La stabilità del tasso d'inflazione riflette dinamiche opposte: rallentano gli alimentari, accelerano gli energetici.

RIPRODUZIONE RISERVATA © Copyright ANSA
";
    let a = parse(text);
    assert_eq!(a.title, "Istat, a novembre inflazione stabile all'1,2%");
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Prezzi dei beni alimentari in lieve calo. Energia in rialzo")
    );
    assert_eq!(a.credits, ["ANSA"]);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    // The rights line is the site's footer: no caption, no paragraph.
    assert!(a.captions.is_empty(), "{:?}", a.captions);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

#[test]
fn a_russian_page_reads_its_byline_label_and_dateline() {
    let text = "\
Экономика

Банк России сохранил ключевую ставку на уровне 16%

4 декабря 2026, 13:30

Текст: Иван Петров

МОСКВА, 4 декабря. Совет директоров Банка России принял решение сохранить ключевую ставку на уровне 16% годовых.

По оценке ЦБ, инфляционное давление постепенно снижается, однако остается повышенным.
";
    let a = parse(text);
    assert_eq!(a.authors, ["Иван Петров"]);
    assert_eq!(a.dateline.as_deref(), Some("МОСКВА"));
    assert!(
        a.body[0].text.starts_with("Совет директоров"),
        "{:?}",
        a.body
    );
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2026-12-04")
    );
}

#[test]
fn a_standfirst_over_the_writers_name_is_the_subtitle() {
    let text = "\
Sociedad

La Aemet activa el aviso rojo por lluvias en Valencia

Las precipitaciones podrían superar los 180 litros por metro cuadrado en doce horas

María López
Valencia - 04 dic 2026 - 08:45 CET

La Agencia Estatal de Meteorología ha activado este jueves el aviso rojo por lluvias torrenciales en el litoral sur de Valencia.

Protección Civil ha pedido a la población que evite los desplazamientos y se aleje de cauces y barrancos.
";
    let a = parse(text);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Las precipitaciones podrían superar los 180 litros por metro cuadrado en doce horas")
    );
    assert_eq!(a.authors, ["María López"]);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

#[test]
fn a_wire_storys_first_published_note_is_no_paragraph() {
    let text = "\
Ottawa unveils $2-billion housing fund for cities

By Mia Rabson The Canadian Press
Posted: Dec 04, 2026 9:15 AM EST

OTTAWA — The federal government is launching a $2-billion fund to help cities build rental housing faster, the minister announced.

The money will flow to municipalities that agree to cut approval times and permit more density near transit.

Mayors welcomed the announcement but said more is needed.

This report by The Canadian Press was first published Dec. 4, 2026.
";
    let a = parse(text);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("first published")));
}

#[test]
fn an_indian_papers_desk_credit_and_file_photo_label() {
    let text = "\
Home / News / National

RBI keeps repo rate unchanged at 6.5%, cuts GDP forecast

The central bank said inflation remained a concern despite easing food prices

Special Correspondent
MUMBAI, December 04, 2026 11:42 IST

Reserve Bank of India Governor addresses the media in Mumbai. File | Photo Credit: PTI

The Reserve Bank of India on Thursday kept its key lending rate unchanged at 6.5% for the eleventh straight meeting.

The six-member monetary policy committee voted 4-2 to hold the rate, the Governor said in a televised address.
";
    let a = parse(text);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("The central bank said inflation remained a concern despite easing food prices")
    );
    assert_eq!(a.credits, ["Special Correspondent"]);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(
        a.captions[0].text,
        "Reserve Bank of India Governor addresses the media in Mumbai."
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("PTI"));
}

#[test]
fn an_agency_under_the_writers_name_is_credited() {
    let text = "\
Bushfire threat eases as cooler change sweeps NSW

Jane Smith
Australian Associated Press
Updated December 4 2026 - 3:15pm, first published 11:30am

A cooler change has eased the bushfire threat across much of NSW, allowing firefighters to strengthen containment lines.

The Rural Fire Service said 42 fires were still burning on Thursday afternoon, 12 of them not yet contained.
";
    let a = parse(text);
    assert_eq!(a.authors, ["Jane Smith"]);
    assert_eq!(a.credits, ["AAP"]);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

#[test]
fn a_turkish_page_reads_its_byline_label_update_and_related_list() {
    let text = "\
Ana Sayfa > Ekonomi

Merkez Bankası faizi sabit tuttu

Karar piyasa beklentileriyle uyumlu oldu

Haber: Mehmet Yılmaz

04.03.2025 14:05 | Son Güncelleme: 04.03.2025 15:30

ANKARA (AA) - Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 45'te sabit tuttu.

Bankadan yapılan açıklamada, enflasyondaki düşüş eğiliminin sürdüğü belirtildi.

Paylaş

İlgili Haberler
Dolar/TL güne yükselişle başladı
";
    let a = parse(text);
    assert_eq!(a.authors, ["Mehmet Yılmaz"]);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Karar piyasa beklentileriyle uyumlu oldu")
    );
    assert_eq!(
        a.updated.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(a.related, ["Dolar/TL güne yükselişle başladı"]);
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
}

#[test]
fn an_arabic_page_reads_its_date_and_related_list() {
    let text = "\
الرئيسية > أخبار > اقتصاد

البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة

4 مارس 2025

أبقى البنك المركزي المصري أسعار الفائدة دون تغيير يوم الثلاثاء للمرة الثالثة على التوالي، في خطوة توقعها معظم المحللين.

وقال البنك في بيان إن معدلات التضخم لا تزال مرتفعة رغم تراجعها في الأشهر الأخيرة.

شارك هذا المقال

اقرأ أيضا
الجنيه المصري يتراجع أمام الدولار
";
    let a = parse(text);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(a.related, ["الجنيه المصري يتراجع أمام الدولار"]);
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
}

#[test]
fn an_arabic_byline_names_its_writer() {
    let text = "\
اقتصاد

البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة

بقلم: أحمد حسن

4 مارس 2025

أبقى البنك المركزي المصري أسعار الفائدة دون تغيير يوم الثلاثاء للمرة الثالثة على التوالي، في خطوة توقعها معظم المحللين.

وقال البنك في بيان إن معدلات التضخم لا تزال مرتفعة رغم تراجعها في الأشهر الأخيرة.
";
    let a = parse(text);
    assert_eq!(a.authors, ["أحمد حسن"]);
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
}

/// A German column: its writer named after the date by "Eine Kolumne von"
/// (a by-word third, after an indefinite article), a line the audit trail
/// gives the byline's role, not a line removed before the story.
#[test]
fn a_german_column_names_its_writer_after_the_date() {
    let text = "\
Das Patriarchat als Kulturtechnik

25. Oktober 2023

Eine Kolumne von Nils Pickert

Das patriarchalische Eheideal behauptet seine Herrschaft nicht nur im persönlichen Verhältnis der Gatten zueinander, sondern auch in der Gesellschaft.

Für gewöhnlich beginne ich Texte nicht mit Zitaten aus Max Webers Wirtschaft und Gesellschaft. Zum einen sind sie lang.
";
    let a = parse(text);
    assert_eq!(a.title, "Das Patriarchat als Kulturtechnik");
    assert_eq!(a.authors, ["Nils Pickert"]);
    let at = text
        .find("Eine Kolumne")
        .expect("the byline is on the page");
    let role = a.lines.iter().find(|l| l.span.start == at).map(|l| l.role);
    assert_eq!(role, Some(newsclip::LineRole::Byline), "{:?}", a.lines);
    assert!(a.body.iter().all(|b| !b.text.contains("Kolumne")));
}

/// A Chinese page: its meta line after the headline holds the time, the
/// source ("来源：" an agency, a credit) and the writer ("作者：" a name of
/// Han characters without spaces); the editor in charge ("责任编辑：") at
/// the end is no author.
#[test]
fn a_chinese_page_reads_its_source_and_writer() {
    let text = "\
新闻中心 > 国内新闻
国务院发布新一轮稳就业政策措施
2025-03-04 10:31 来源：新华社 作者：张伟
新华社北京3月4日电 国务院日前印发通知，部署新一轮稳就业政策措施，进一步加大对重点群体就业的支持力度。
通知提出，各地要加快落实税费减免政策，支持中小微企业稳定岗位，扩大高校毕业生就业渠道。
通知要求，各级政府要加强就业服务，完善失业保险制度，确保就业形势总体稳定。
责任编辑：李娜
";
    let a = parse(text);
    assert_eq!(a.title, "国务院发布新一轮稳就业政策措施");
    assert_eq!(a.authors, ["张伟"]);
    assert_eq!(a.credits, ["新华社"]);
    assert!(a.published.is_some(), "{:?}", a.published);
    assert!(a.body.iter().any(|b| b.text.starts_with("通知提出")));
    assert!(a.body.iter().all(|b| !b.text.contains("来源")));
}

/// Most-read and related lists headed in Italian, Dutch and Swedish, an ad
/// label in Swedish and a newsletter box in French stay out of the body.
#[test]
fn related_lists_ad_labels_and_newsletter_boxes_in_more_languages() {
    let story = "Il Comune riapre la biblioteca dopo i lavori\nDi Marco Bianchi\n4 marzo 2025\nLa biblioteca civica riapre lunedì dopo otto mesi di lavori di ristrutturazione, con nuovi spazi per lo studio e una sala per i ragazzi.\nL'assessore ha spiegato che gli orari saranno estesi anche al sabato pomeriggio a partire da aprile.\n";
    for header in [
        "Ti potrebbe interessare",
        "Meest gelezen",
        "Mer att läsa",
        "MOST READ NEWS",
    ] {
        let a = newsclip::parse(&format!(
            "{story}{header}\nNuovo parcheggio in centro, via ai lavori\nScuole chiuse per neve nella zona nord\n"
        ));
        assert_eq!(
            a.related,
            [
                "Nuovo parcheggio in centro, via ai lavori",
                "Scuole chiuse per neve nella zona nord"
            ],
            "{header}"
        );
        assert_eq!(a.body.len(), 2, "{header}: {:?}", a.body);
    }
    let story = "Nattåget ställs in i sommar\nAv Karin Lindqvist\nPublicerad 2025-03-04 07:45\nDet blir inget nattåg mellan huvudstaden och Fjällsund i sommar, meddelade järnvägsbolaget på tisdagen.\nAnnons\nEnligt bolaget har leveransen av ny räls försenats med flera månader och arbetet kan inte börja i tid.\n";
    let a = newsclip::parse(story);
    assert!(a.body.iter().all(|b| b.text != "Annons"), "{:?}", a.body);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    let story = "La halle rouvre ses portes\nPar Jean Dupont\nPublié le 4 mars 2025\nLa halle du marché rouvre ce samedi après dix mois de travaux, a annoncé la mairie dans un communiqué.\nRecevez chaque matin l'essentiel de l'actualité de votre territoire.\nLes producteurs se disent soulagés de retrouver un abri pour leurs étals pendant l'hiver.\n";
    let a = newsclip::parse(story);
    assert!(
        a.body.iter().all(|b| !b.text.starts_with("Recevez")),
        "{:?}",
        a.body
    );
}

/// A related list ends at the comment prompts, cookie notices and the
/// publisher's legal line printed under it, in the page's language: none of
/// them is another story's headline.
#[test]
fn a_related_list_stops_at_comment_cookie_and_publisher_lines() {
    let story = "Gemeente zet veerpont weer in\nDoor Pieter van Dalen\n4 maart 2025\nDe gemeente Veenhoven laat de veerpont over de Zwarte Vaart vanaf 1 april weer varen, na klachten van fietsers en scholieren.\nZonder de pont moesten fietsers een omweg van ruim zes kilometer maken, zeiden ouders tegen de gemeenteraad.\n";
    let tail = "Meest gelezen\nBrand in leegstaande boerderij bij Oosterzand\nProvincie trekt geld uit voor nieuwe fietspaden\nReageer op dit artikel\nReacties zijn gesloten.\nWij en onze partners gebruiken cookies. Akkoord | Instellingen\n";
    let a = newsclip::parse(&format!("{story}{tail}"));
    assert_eq!(
        a.related,
        [
            "Brand in leegstaande boerderij bij Oosterzand",
            "Provincie trekt geld uit voor nieuwe fietspaden"
        ]
    );
    let story = "Nattåget ställs in i sommar\nAv Karin Lindqvist\nPublicerad 2025-03-04 07:45\nDet blir inget nattåg mellan huvudstaden och Fjällsund i sommar, meddelade järnvägsbolaget på tisdagen.\nEnligt bolaget har leveransen av ny räls försenats med flera månader och arbetet kan inte börja i tid.\n";
    let tail = "Mer att läsa\nFjällsund får ny skidlift inför julen\nVi använder cookies för att ge dig en bättre upplevelse. Godkänn alla | Inställningar\nAnsvarig utgivare: Lena Holmgren\n";
    let a = newsclip::parse(&format!("{story}{tail}"));
    assert_eq!(a.related, ["Fjällsund får ny skidlift inför julen"]);
}

/// Related headings, inline related links, ad labels and rights lines of
/// Polish, German, Turkish and Russian pages stay out of the body.
#[test]
fn related_links_ads_and_rights_lines_in_more_languages() {
    let story = "Nowy most na Wiśle otwarty\nAutor: Anna Kowalska\n4 marca 2025\nNowy most na Wiśle został otwarty we wtorek po trzech latach budowy, poinformował urząd miasta.\nZobacz również: Remont dworca potrwa do jesieni\nMost ma 420 metrów długości i dwa pasy ruchu w każdą stronę oraz ścieżkę rowerową.\nReklam\nWszelkie prawa zastrzeżone.\n";
    let a = newsclip::parse(story);
    assert_eq!(a.related, ["Remont dworca potrwa do jesieni"]);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    let story = "Neue Brücke über den Rhein eröffnet\nVon Anna Schmidt\n4. März 2025\nDie neue Brücke über den Rhein ist am Dienstag nach drei Jahren Bauzeit eröffnet worden, teilte die Stadt mit.\nWeiterlesen: Bahnhof wird bis Herbst umgebaut\nDie Brücke ist 420 Meter lang und hat in jede Richtung zwei Fahrspuren und einen Radweg.\n";
    let a = newsclip::parse(story);
    assert_eq!(a.related, ["Bahnhof wird bis Herbst umgebaut"]);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

/// A Polish page's update label ("Data aktualizacji:") and a Turkish page's
/// entry date ("Giriş:", no name) and reading time ("Okunma süresi: 2 dk").
#[test]
fn polish_update_labels_and_turkish_reading_times() {
    let body = "Nowy most na Wiśle został otwarty we wtorek po trzech latach budowy, poinformował urząd miasta.\nMost ma 420 metrów długości i dwa pasy ruchu w każdą stronę oraz ścieżkę rowerową.\n";
    let a = newsclip::parse(&format!(
        "Nowy most na Wiśle otwarty\nAutor: Anna Kowalska\nData publikacji: 03.03.2025 09:15\nData aktualizacji: 04.03.2025 12:40\n{body}"
    ));
    let day = |d: Option<newsclip::DateValue>| d.map(|d| d.date().to_string());
    assert_eq!(day(a.published).as_deref(), Some("2025-03-03"));
    assert_eq!(day(a.updated).as_deref(), Some("2025-03-04"));
    let a = newsclip::parse(
        "Fırtına kenti vurdu\nMuhabir: Elif Yıldırım\nGiriş: 04.03.2025 10:45\nOkunma süresi: 2 dk\nKent genelinde etkili olan şiddetli rüzgar ağaçları devirdi ve elektrik kesintilerine neden oldu.\nBelediye ekipleri gece boyunca yolları temizlemek için çalıştı.\n",
    );
    assert_eq!(a.reading_time_minutes, Some(2));
    assert_eq!(a.authors, ["Elif Yıldırım"]);
    assert_eq!(day(a.published).as_deref(), Some("2025-03-04"));
}
