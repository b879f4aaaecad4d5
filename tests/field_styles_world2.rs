//! More pages in newsroom styles of other languages, checked field by
//! field: a Catalan paper carrying its agency (a bare agency line under the
//! standfirst, Catalan dates and reading time, "Llegiu també" links), a
//! Swahili daily ("Na" byline, Swahili month and weekday, "Picha na"
//! caption, "Soma zaidi" links), a Mexican regional paper ("Name | Outlet"
//! byline, a ".-" dateline after a title-case place), a Serbian Cyrillic
//! broadcaster ("Извор:" source under the standfirst), a US sports page
//! (the writer's job title on its own line), a government press office
//! ("Press release" over the title, "Part of:" topic), a Thai page
//! (Buddhist-era year) and a picture gallery credited to its desk.

use newsclip::parse;

/// The calendar day of a date field, "YYYY-MM-DD".
fn day(d: Option<newsclip::DateValue>) -> Option<String> {
    d.map(|d| d.date().to_string())
}

#[test]
fn a_catalan_page_keeps_its_standfirst_over_a_bare_agency_line() {
    let text = "\
Inici › Comarques › Lleida
La collita d'oliva cau un 30% a les Garrigues per la manca de pluja
Els productors alerten que el preu de l'oli pot tornar a pujar abans de l'estiu
ACN
Dijous, 6 de novembre de 2025, 09:10 h
Actualitzat: 07/11/2025 12:30
Temps de lectura: 4 min
Compartir
Les cooperatives de les Garrigues han tancat la campanya d'oliva amb una caiguda del 30% respecte de l'any passat, segons les primeres dades.
La manca de pluja durant la primavera i un estiu molt calorós han reduït el calibre del fruit i el rendiment en oli de les finques de secà.
Llegiu també: Els pagesos reclamen ajuts per la sequera al Departament
El sector calcula que el preu de l'oli verge extra es mantindrà per sobre dels vuit euros el litre fins a la primavera vinent.
El més llegit
Tallen l'A-2 a Alcarràs per un accident entre dos camions
Obre la nova biblioteca de Tàrrega després de dos anys d'obres
";
    let a = parse(text);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Els productors alerten que el preu de l'oli pot tornar a pujar abans de l'estiu")
    );
    assert_eq!(a.credits, ["ACN"]);
    assert_eq!(day(a.published).as_deref(), Some("2025-11-06"));
    assert_eq!(day(a.updated).as_deref(), Some("2025-11-07"));
    assert_eq!(a.reading_time_minutes, Some(4));
    assert!(
        a.related
            .iter()
            .any(|r| r.starts_with("Els pagesos reclamen")),
        "{:?}",
        a.related
    );
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.contains("Llegiu") && !b.text.contains("Tallen"))
    );
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn a_swahili_page_reads_its_byline_dates_caption_and_links() {
    let text = "\
Habari za Kitaifa
Bei ya mbolea kushuka kwa asilimia 15 kuanzia Januari
Serikali imesema ruzuku mpya itawafikia wakulima wadogo katika mikoa 12 ya nyanda za juu kusini.
Na Zawadi Mwakalinga
Imechapishwa: Alhamisi, Novemba 06, 2025
Wakulima wakipakua mifuko ya mbolea katika ghala la Songea. (Picha na Baraka Nyoni)
Wizara ya Kilimo imetangaza kuwa bei ya mbolea ya kupandia itashuka kwa asilimia 15 kuanzia mwezi Januari mwakani.
Waziri wa Kilimo amesema ruzuku hiyo inalenga kuongeza uzalishaji wa mahindi na kupunguza gharama kwa wakulima wadogo.
Soma zaidi: Mvua za vuli zaanza mapema katika mikoa ya kaskazini
Wakulima wa Ruvuma wamepokea tangazo hilo kwa furaha, wakisema bei ya sasa imekuwa mzigo mkubwa kwa familia zao.
Habari zinazohusiana
Bandari ya Mtwara yapokea meli ya kwanza ya korosho
Timu ya taifa yajiandaa kwa michuano ya Afrika Mashariki
";
    let a = parse(text);
    assert_eq!(a.authors, ["Zawadi Mwakalinga"]);
    assert_eq!(day(a.published).as_deref(), Some("2025-11-06"));
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].credit.as_deref(), Some("Baraka Nyoni"));
    assert!(
        a.related.iter().any(|r| r.starts_with("Mvua za vuli")),
        "{:?}",
        a.related
    );
    assert!(a.related.iter().any(|r| r.starts_with("Bandari ya Mtwara")));
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.starts_with("Soma") && !b.text.starts_with("Bandari"))
    );
}

#[test]
fn a_mexican_page_reads_writer_outlet_and_dotted_dash_dateline() {
    let text = "\
Local
Cierran tres escuelas en Hermosillo por falla en el suministro de agua

Más de dos mil alumnos tomarán clases a distancia mientras se repara el acueducto

Rogelio Anaya | El Heraldo del Desierto

jueves 6 de noviembre de 2025 · 09:40 hrs

Hermosillo, Son.- Tres escuelas primarias del sur de la ciudad suspendieron las clases presenciales este jueves por la falta de agua.

La Secretaría de Educación informó que los alumnos recibirán actividades en línea hasta que se restablezca el servicio.
";
    let a = parse(text);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Más de dos mil alumnos tomarán clases a distancia mientras se repara el acueducto")
    );
    assert_eq!(a.authors, ["Rogelio Anaya"]);
    assert_eq!(a.credits, ["El Heraldo del Desierto"]);
    assert_eq!(a.dateline.as_deref(), Some("Hermosillo, Son."));
    assert_eq!(a.section.as_deref(), Some("Local"));
}

#[test]
fn a_serbian_page_keeps_its_standfirst_over_a_source_line() {
    let text = "\
Насловна » Вести » Економија
Извоз малина порастао за петину у првих девет месеци
Произвођачи из западне Србије кажу да је откупна цена ове године највиша у последњој деценији
Извор: Танјуг
четвртак, 06. нов 2025, 10:15
Извоз смрзнутих малина у првих девет месеци порастао је за 20 одсто у односу на исти период прошле године.
Највише малина извезено је у Немачку, Француску и Белгију, наводи се у подацима привредне коморе.
";
    let a = parse(text);
    assert_eq!(
        a.subtitle.as_deref(),
        Some(
            "Произвођачи из западне Србије кажу да је откупна цена ове године највиша у последњој деценији"
        )
    );
    assert_eq!(a.credits, ["Tanjug"]);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

#[test]
fn a_job_title_under_the_writer_is_no_credit() {
    let text = "\
Sports › High School Football
Riverside holds off Central in overtime to reach state semifinal

Quarterback Dante Ellis threw for 280 yards and ran in the winning score.

Marcus Whitfield

Staff Writer

Published 11:05 p.m. CT Nov. 7, 2025

RIVERSIDE, Ill. — Dante Ellis had waited all season for a night like Friday.

The senior quarterback threw for 280 yards and scored on a 6-yard keeper in overtime as Riverside beat Central 31-24.
";
    let a = parse(text);
    assert_eq!(a.authors, ["Marcus Whitfield"]);
    assert!(a.credits.is_empty(), "{:?}", a.credits);
}

#[test]
fn a_press_office_label_over_the_title_is_no_credit() {
    let text = "\
Home
News
Press release
£8 million to reopen rural bus routes across the county
Councils will bid for the money to restore evening and Sunday services cut since 2020.
First published: 6 November 2025
Part of: Transport
The funding will allow councils to restore around 40 routes that lost their evening and weekend services.
The transport minister said the routes were a lifeline for people without a car in the county's villages.
";
    let a = parse(text);
    assert!(a.credits.is_empty(), "{:?}", a.credits);
    assert_eq!(a.section.as_deref(), Some("Transport"));
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

#[test]
fn a_thai_date_in_the_buddhist_era_is_read_in_the_common_era() {
    let text = "\
ข่าวภูมิภาค
น้ำท่วมเมืองพิษณุโลก ชาวบ้านอพยพกว่าสามร้อยครัวเรือน
เผยแพร่ 6 พ.ย. 2568 09:30 น.
ระดับน้ำในแม่น้ำน่านเพิ่มสูงขึ้นต่อเนื่องตั้งแต่คืนวันพุธ ทำให้น้ำไหลเข้าท่วมชุมชนริมฝั่งหลายแห่ง
เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยได้ตั้งศูนย์พักพิงชั่วคราวที่โรงเรียนในพื้นที่
";
    let a = parse(text);
    assert_eq!(day(a.published).as_deref(), Some("2025-11-06"));
}

#[test]
fn a_gallery_is_credited_to_its_picture_desk() {
    let text = "\
News › World › In pictures
Diwali celebrations around the world – in pictures
From Jaipur to Leicester, families mark the festival of lights
Picture desk
Thu 6 Nov 2025 18.00 GMT
Share
Millions of people lit lamps and set off fireworks on Thursday as Diwali celebrations reached their height.
1 of 3
Lamps line the steps of a temple in Jaipur, India. Photograph: Name Surname/Agency
";
    let a = parse(text);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("From Jaipur to Leicester, families mark the festival of lights")
    );
    assert_eq!(a.credits, ["Picture desk"]);
}

#[test]
fn a_language_switch_is_no_section_and_a_rail_heading_is_no_link() {
    let text = "\
BM | EN
Laman Utama › Berita › Ekonomi
Harga minyak sawit naik ke paras tertinggi dalam tiga bulan
06/11/2025 10:15 AM
Harga minyak sawit mentah di Bursa Malaysia Derivatives naik ke paras tertinggi dalam tempoh tiga bulan pada hari ini.
Peniaga berkata permintaan dari India dan China terus kukuh menjelang musim perayaan.
More Palm Oil Markets
Eksport sawit Indonesia dijangka menurun tahun depan
Harga getah asli stabil di pasaran tempatan
Sign up to our daily newsletter
Media enquiries: 03-2693 9933
Was this page useful?
";
    let a = parse(text);
    assert_eq!(a.section.as_deref(), Some("Ekonomi"));
    assert_eq!(
        a.related,
        [
            "Eksport sawit Indonesia dijangka menurun tahun depan",
            "Harga getah asli stabil di pasaran tempatan"
        ]
    );
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

#[test]
fn a_chinese_trail_of_short_words_stays_the_section() {
    let text = "\
首頁 > 地方 > 台中
台中捷運藍線動工 預計2032年通車
2025/11/06 10:15
台中市政府今天舉行捷運藍線動工典禮，全長約二十四公里，設站二十座，預計二〇三二年通車。
市長表示，藍線完工後將串連海線與市區，大幅縮短通勤時間。
";
    let a = parse(text);
    assert_eq!(a.section.as_deref(), Some("台中"));
}
