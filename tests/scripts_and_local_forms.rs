//! Scripts whose sentences end without a Latin full stop (Thai and Lao print
//! none; Hindi and Bengali print a danda, Urdu its own full stop), names
//! with vowel signs, and local forms of bylines, captions, reading times
//! and menus: Afrikaans "Deur", Albanian "Nga", Thai "เรื่อง:", Hindi
//! "लेखक:", "Pic by", " - FOTO", credits in full-width brackets, particles
//! of names in capitals, and a site's menu printed as one line of words.

use newsclip::grammar::byline::parse_byline;
use newsclip::grammar::caption::parse_caption;
use newsclip::grammar::misc::parse_reading_time;
use newsclip::parse;

/// A Thai review: a headline, a standfirst, a byline with its label, a date
/// and reading time, then paragraphs that end without any mark.
const THAI: &str = "\
กรุงเทพวาไรตี้
หน้าแรก > บันเทิง > รีวิวหนัง
รีวิว \"บ้านริมคลอง\" หนังผีไทยที่น่ากลัวน้อยกว่าที่คิด แต่เศร้ากว่าที่คาดไว้
งานกำกับเรื่องแรกของ ธนากร วงศ์สวัสดิ์ ใช้บ้านไม้ริมน้ำเป็นเวทีของความทรงจำ มากกว่าจะเป็นเครื่องมือทำให้คนดูสะดุ้ง
เรื่อง: ปิยะนุช แก้วมณี
18 มี.ค. 2568 16:45 น.
อ่าน 4 นาที
ถ้าคุณเดินเข้าโรงเพื่อหาหนังผีที่ทำให้สะดุ้งทุกสิบนาที บ้านริมคลองอาจไม่ใช่คำตอบ แต่ถ้าคุณอยากดูเรื่องของครอบครัวที่ยังไม่ยอมปล่อยมือจากคนที่จากไปแล้ว หนังเรื่องนี้มีอะไรให้คิดตามมากกว่าที่ตัวอย่างบอกไว้
เรื่องราวเริ่มต้นเมื่ออรุณี พยาบาลวัยสามสิบปลาย กลับมาดูแลแม่ที่ป่วยในบ้านไม้ริมคลองย่านฝั่งธน และเริ่มได้ยินเสียงคนล้างจานในครัวทุกคืน ทั้งที่ทุกคนในบ้านหลับไปหมดแล้ว และไม่มีใครยอมพูดถึงมันบนโต๊ะทุกเย็น
ธนากร วงศ์สวัสดิ์ ซึ่งเคยทำหนังสั้นคว้ารางวัลมาแล้วหลายเวที เลือกเล่าเรื่องช้าและเงียบ ปล่อยให้เสียงน้ำในคลอง เสียงไม้ลั่น และแสงไฟสีเหลืองในครัวทำหน้าที่แทนบทพูด ซึ่งได้ผลดีในครึ่งแรกและทำให้หนังน่าสนใจ
จุดแข็งที่สุดของหนังคือการแสดงของปิยะดา ทองคำ ที่ถ่ายทอดความเหนื่อยล้าของลูกสาวที่ต้องเป็นทั้งพยาบาลและลูกในเวลาเดียวกัน ฉากที่เธอนั่งคุยกับเก้าอี้ว่างในครัวเป็นหนึ่งในฉากที่ชวนขนลุก
";

#[test]
fn thai_paragraphs_are_the_body_though_they_end_with_no_mark() {
    let a = parse(THAI);
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
    assert!(a.body.iter().all(|b| b.text.chars().count() > 100));
    assert!(a.title.starts_with("รีวิว"), "{}", a.title);
    assert_eq!(a.reading_time_minutes, Some(4));
}

#[test]
fn sentences_ending_with_a_danda_or_an_urdu_full_stop_are_prose() {
    let text = "\
दैनिक समाचार
दिल्ली में गर्मी ने तोड़ा दस साल का रिकॉर्ड
लेखक: राहुल शर्मा
दिल्ली में मंगलवार को तापमान छियालीस डिग्री तक पहुंच गया। मौसम विभाग ने अगले तीन दिनों के लिए चेतावनी जारी की है।
डॉक्टरों ने लोगों से दोपहर में घर से बाहर न निकलने की सलाह दी है। अस्पतालों में लू के मरीजों की संख्या बढ़ रही है।
नगर निगम ने शहर में पानी के टैंकर और छायादार स्थान बढ़ाने का फैसला किया है। यह व्यवस्था अगले सप्ताह तक जारी रहेगी।
";
    let a = parse(text);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert_eq!(a.authors, ["राहुल शर्मा"]);
}

#[test]
fn byline_labels_and_markers_of_more_languages() {
    for (line, name) in [
        ("Deur Marietjie van der Walt", "Marietjie van der Walt"),
        ("Nga Erion Mema", "Erion Mema"),
        ("เรื่อง: ปิยะนุช แก้วมณี", "ปิยะนุช แก้วมณี"),
        ("लेखक: राहुल शर्मा", "राहुल शर्मा"),
        ("By राहुल शर्मा", "राहुल शर्मा"),
    ] {
        let b = parse_byline(line).expect(line).value;
        assert_eq!(b.authors, [name], "{line}");
    }
    // A given name of two words is no marker and a name.
    assert!(parse_byline("Nga Pham").is_err());
}

#[test]
fn particles_in_capitals_and_two_particles_stay_in_the_name() {
    let b = parse_byline("By ROD NORDLAND and MAYY EL SHEIKH")
        .unwrap()
        .value;
    assert_eq!(b.authors, ["ROD NORDLAND", "MAYY EL SHEIKH"]);
    let b = parse_byline("By John De La Cruz").unwrap().value;
    assert_eq!(b.authors, ["John De La Cruz"]);
}

#[test]
fn credits_after_pic_by_a_dashed_foto_and_in_full_width_brackets() {
    for (line, text, credit) in [
        (
            "The night mail crosses the Nine Arch Bridge at Ella. Pic by Kushan Pathiraja",
            "The night mail crosses the Nine Arch Bridge at Ella.",
            "Kushan Pathiraja",
        ),
        (
            "Banjir di Jalan Kebun - FOTO HARIAN NUSANTARA/AZMAN GHANI",
            "Banjir di Jalan Kebun",
            "HARIAN NUSANTARA/AZMAN GHANI",
        ),
        (
            "相模湾で撮影された新種のクモヒトデ（写真：海洋深層研究センター）",
            "相模湾で撮影された新種のクモヒトデ",
            "海洋深層研究センター",
        ),
        (
            "台北市議會今日三讀通過兒童遊戲場改造預算。（記者林冠廷攝）",
            "台北市議會今日三讀通過兒童遊戲場改造預算。",
            "記者林冠廷",
        ),
        (
            "大安區一處改造完成的共融式遊戲場。（公園處提供）",
            "大安區一處改造完成的共融式遊戲場。",
            "公園處",
        ),
    ] {
        let c = parse_caption(line).expect(line).value;
        assert_eq!(c.text, text);
        assert_eq!(c.credit.as_deref(), Some(credit));
    }
}

#[test]
fn reading_times_in_thai_and_afrikaans() {
    assert_eq!(parse_reading_time("อ่าน 4 นาที").unwrap().value, 4);
    assert_eq!(parse_reading_time("Leestyd: 5 min").unwrap().value, 5);
}

#[test]
fn a_menu_row_of_words_is_no_headline() {
    let text = "\
The Ceylon Ledger
ePaper | Subscribe | Advertise
Home News Business Opinion Sports Life World Video Archives
Opinion
Let the night mail run again: what the Colombo–Badulla line tells us about ourselves
By Ravindra Jayasekera
19 March 2025 12:10 am  - 3  - 1,842
The Podi Menike crosses the Nine Arch Bridge at Ella. Pic by Kushan Pathiraja
For almost a century, the night mail train left Colombo Fort a little before eight in the evening and arrived in Badulla in the early morning, carrying letters, newspapers, vegetables, schoolteachers going home for the weekend and soldiers returning to their units. It was withdrawn quietly last year, with a two-line notice on the railway department's website.
The official reason was cost. The night service, we were told, carried too few passengers to justify a locomotive, a crew and the overtime of station staff along the line. That may well be true on a spreadsheet. But a railway was never meant to be judged only on a spreadsheet.
When I joined the railway as a young engineer in 1982, the up-country line was the pride of the service. We knew every curve between Nanu Oya and Ella, and the engineers who maintained the tunnels and bridges were treated almost like priests. Today, the same line is known mainly as a backdrop for tourist photographs.
There is nothing wrong with tourism. The day trains are full, and foreign visitors who pay for reserved seats bring in money the department badly needs. But the people who live along the line do not need a scenic experience. They need a train that gets them to the district hospital, the market or the examination centre at a reasonable hour.
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "Let the night mail run again: what the Colombo–Badulla line tells us about ourselves"
    );
    assert!(a.body.iter().all(|b| !b.text.starts_with("Home ")));
}

/// A wire story's header: headline, standfirst, the agency alone on its
/// line, the date; its first paragraph opens with the agency's dateline.
const WIRE: &str = "\
Crónica Austral
Inicio > Nacional > Economía
Empresa estatal del litio y socio coreano sellan acuerdo para explotar el salar de Maricunga
La alianza contempla una inversión de 2.800 millones de dólares y el inicio de la producción en 2030.
Agencia EFE
Martes 18 de marzo de 2025 | 14:32
Santiago de Chile, 18 mar (EFE).- La Empresa Nacional del Litio de Chile y la surcoreana Hanbit firmaron este martes un acuerdo para explotar el salar de Maricunga.
Según el acuerdo, la estatal chilena tendrá el 51 % de la nueva sociedad y la empresa asiática el 49 %, y aportará la concesión.
La producción comenzaría en 2030 y alcanzaría las 60.000 toneladas anuales de carbonato de litio equivalente.
";

#[test]
fn the_agency_alone_under_the_standfirst_credits_the_story() {
    let a = parse(WIRE);
    assert_eq!(a.credits, ["EFE"]);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.dateline.as_deref(), Some("Santiago de Chile"));
    assert!(a.body[0].text.starts_with("La Empresa"), "{:?}", a.body[0]);
}

#[test]
fn a_dashed_agency_sign_off_credits_the_story() {
    let text = "\
Daily Courier
Bridge reopens after repairs on the coastal road
By Jane Doe
The bridge on the coastal road reopened on Tuesday after three months of repairs, the works ministry said.
Traffic had been diverted through the town centre since January, causing long queues at peak hours.
Officials said the repairs cost about two million ringgit and would extend the bridge's life by twenty years.
-- BERNAMA
Most read
Flood warning issued for three rivers in the northern districts
";
    let a = parse(text);
    assert!(
        a.credits.iter().any(|c| c.eq_ignore_ascii_case("bernama")),
        "{:?}",
        a.credits
    );
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn an_audio_players_line_does_not_end_the_header() {
    let text = "\
Heavy rain warning remains in force as the river bursts its banks
Met Service says the trough of low pressure will linger until Thursday.
By ELENOA TURAGA
Tuesday, March 18, 2025 - 5:00 am
Listen to this article 00:00 / 03:12
AT A GLANCE
Heavy rain warning in force for the northern islands
Flood warning for the three main rivers
Strong wind warning for all waters; small craft advised to stay in port
A heavy rain warning remains in force for the north as a slow-moving trough lingers over the group, the Met Service said.
The river burst its banks yesterday afternoon, flooding low-lying parts of the town and closing the highway for hours.
Senior forecaster Arieta Vosawale said the trough was expected to remain over the group until Thursday at least.
";
    let a = parse(text);
    assert_eq!(a.key_points.len(), 3, "{:?}", a.key_points);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn a_name_in_hebrew_before_the_dates_is_the_byline() {
    let text = "\
\"המטבח של סבתא שלי היה בית הספר שלי\": השפית שחזרה הביתה
מיכל אזולאי חזרה לעיר אחרי שנה וחצי רחוק ופתחה מסעדה קטנה ליד השוק.
נועה ברקוביץ | פורסם: 18.03.25, 09:14 | עודכן: 18.03.25, 12:30
המסעדה הקטנה ברחוב תל חי נפתחה לפני חודשיים, וכבר יש תור בכניסה בכל ערב של סוף שבוע.
אזולאי למדה לבשל אצל סבתה, שהגיעה לעיר בשנות החמישים ופתחה דוכן קטן בשוק העירוני.
היא אומרת שהיא רוצה להחזיר לעיר את הטעמים שגדלה עליהם, ושהלקוחות הראשונים היו השכנים.
";
    let a = parse(text);
    assert_eq!(a.authors, ["נועה ברקוביץ"]);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}
