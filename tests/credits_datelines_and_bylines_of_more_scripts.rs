//! Bylines, credits, captions, datelines, inline links and share rows in
//! the forms of more languages and scripts (Georgian, Armenian, Serbian,
//! Greek, Russian, Welsh, Czech, Catalan, Bengali, Korean, Indonesian,
//! Swahili, Marathi, Nepali, Kazakh), and a job title after a slash.

use newsclip::grammar::byline::parse_byline;
use newsclip::grammar::caption::parse_caption;
use newsclip::grammar::dateline::parse_dateline;
use newsclip::grammar::misc::parse_reading_time;
use newsclip::parse;

#[test]
fn bylines_of_more_languages() {
    for (line, author) in [
        ("ავტორი: ნინო ბერიძე", "ნინო ბერიძე"),
        ("Հեղինակ՝ Արման Սարգսյան", "Արման Սարգսյան"),
        ("Аутор: Марко Јовановић", "Марко Јовановић"),
        ("Γράφει η Μαρία Κωνσταντίνου", "Μαρία Κωνσταντίνου"),
        ("Беседовала Анна Смирнова", "Анна Смирнова"),
        ("Gan Elin Prydderch", "Elin Prydderch"),
        ("Orville Campbell/Senior Sports Writer", "Orville Campbell"),
        ("Аўтар: Васіль Быкаў", "Васіль Быкаў"),
        ("எழுதியவர்: ரா. முருகன்", "ரா. முருகன்"),
        ("ಲೇಖಕರು: ಸುಮಾ ಹೆಗಡೆ", "ಸುಮಾ ಹೆಗಡೆ"),
    ] {
        let b = parse_byline(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(b.value.authors, [author], "{line}");
    }
    // A photographer after the slash is a photo credit, no byline.
    assert!(parse_byline("Jane Doe/Staff Photographer").is_err());
    assert!(parse_byline("Amy K. Delgado/PIXAGENCY").is_err());
    // Desks and an agency with its editor's initials are credits.
    for (line, credit) in [
        ("ČTK, kra", "ČTK"),
        ("Redacció", "Redacció"),
        ("নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক"),
    ] {
        let b = parse_byline(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(b.value.credits, [credit], "{line}");
        assert!(b.value.authors.is_empty(), "{line}");
    }
    assert!(parse_byline("Jane Doe, abc").is_err());
    // A desk of reporters, then the place it wrote from.
    for (line, credit, place) in [
        (
            "Staff Correspondent, Chittagong",
            "Staff Correspondent",
            "Chittagong",
        ),
        (
            "By Special Correspondent, New Delhi",
            "Special Correspondent",
            "New Delhi",
        ),
        ("নিজস্ব প্রতিবেদক, খুলনা", "নিজস্ব প্রতিবেদক", "খুলনা"),
    ] {
        let b = parse_byline(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(b.value.credits, [credit], "{line}");
        assert_eq!(b.value.location.as_deref(), Some(place), "{line}");
        assert!(b.value.authors.is_empty(), "{line}");
    }
    // A category after a desk that names no reporter is no place.
    assert!(parse_byline("Press Release, Travel").is_err());
}

#[test]
fn caption_credits_of_more_forms() {
    for (line, text, credit) in [
        (
            "Игорь Веденеев на репетиции «Дяди Вани» Фото: пресс-служба театра",
            "Игорь Веденеев на репетиции «Дяди Вани»",
            "пресс-служба театра",
        ),
        (
            "Guguran lava pijar Gunung Merapi, Rabu (2/12/2026) malam.  ANTARA FOTO/Andreas Fitri Atmoko/nym.",
            "Guguran lava pijar Gunung Merapi, Rabu (2/12/2026) malam.",
            "ANTARA FOTO/Andreas Fitri Atmoko",
        ),
        (
            "Wavuvi katika ufuo wa Likoni, Mombasa. PICHA | KHAMIS RAMADHANI",
            "Wavuvi katika ufuo wa Likoni, Mombasa.",
            "KHAMIS RAMADHANI",
        ),
        (
            "부산항 신항 컨테이너 부두 전경 [사진 = 부산항만공사 제공]",
            "부산항 신항 컨테이너 부두 전경",
            "부산항만공사 제공",
        ),
        (
            "Roughly 13,000 US troops remain in Afghanistan [File: Reuters]",
            "Roughly 13,000 US troops remain in Afghanistan",
            "Reuters",
        ),
        (
            "Ош шаарындагы жаңы көпүрө. Сүрөт: Нурлан Сатыбалдиев",
            "Ош шаарындагы жаңы көпүрө.",
            "Нурлан Сатыбалдиев",
        ),
        (
            "Новы мост праз Нёман. Фота: Аляксей Шэлег",
            "Новы мост праз Нёман.",
            "Аляксей Шэлег",
        ),
        (
            "በአዲስ አበባ የተገነባው አዲሱ ድልድይ። ፎቶ፡ ኢዜአ",
            "በአዲስ አበባ የተገነባው አዲሱ ድልድይ።",
            "ኢዜአ",
        ),
        (
            "Nýja brúin við Selfoss. Ljósmynd/Suðurlandsblaðið",
            "Nýja brúin við Selfoss.",
            "Suðurlandsblaðið",
        ),
    ] {
        let p = parse_caption(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(p.value.text, text, "{line}");
        assert_eq!(p.value.credit.as_deref(), Some(credit), "{line}");
    }
    // A note in square brackets after a closed sentence, and a linked
    // headline's source, are no captions.
    assert!(parse_caption("He declined to comment. [photos via AP, Terry College]").is_err());
    assert!(
        parse_caption("Why Can't She Sing Her Own Songs? It's Complicated [Bloomberg]").is_err()
    );
    // A lower-case phrase after "фото:" inside a sentence is no credit.
    assert!(parse_caption("Смотрите фото: как это было в прошлом году").is_err());
}

#[test]
fn the_korean_wire_dateline() {
    let p =
        parse_dateline("(부산=동아시아통신) 박준호 기자 = 올해 부산항의 물동량이 늘었다.").unwrap();
    assert_eq!(p.value.place, "부산");
    assert_eq!(p.value.agency.as_deref(), Some("동아시아통신"));
    assert_eq!(p.rest, "올해 부산항의 물동량이 늘었다.");
}

#[test]
fn greek_reading_time() {
    assert_eq!(
        parse_reading_time("Χρόνος ανάγνωσης: 3 λεπτά")
            .unwrap()
            .value,
        3
    );
    assert_eq!(parse_reading_time("Waktu baca: 4 menit").unwrap().value, 4);
}

const SERBIAN: &str = "\
Овај сајт користи колачиће. Настављањем прегледа прихватате њихову употребу. У реду
ВОЈВОДИНА ДАНАС
Почетна » Вести » Нови Сад
Мост код Лимана затворен за камионе од понедељка
Аутор: Марко Јовановић
02.12.2026. 14:35
Мост Слободе у Новом Саду Фото: Небојша Марковић
Мост Слободе у Новом Саду биће затворен за теретна возила тежа од 3,5 тоне од понедељка, 7. децембра, због радова на санацији дилатационих спојница.
Путничка возила и градски аутобуси и даље ће моћи да користе мост, али ће саобраћај током радова бити сужен на по једну траку у оба смера.
Прочитајте још: Почиње изградња нове станице за бицикле на Кеју
Вредност радова је 186 милиона динара, а извођач је конзорцијум који је прошле године радио на реконструкцији Булевара Европе.
";

#[test]
fn a_serbian_page_with_a_cookie_notice_names_its_author_not_its_masthead() {
    let a = parse(SERBIAN);
    assert_eq!(a.authors, ["Марко Јовановић"]);
    assert!(
        a.body.iter().all(|b| !b.text.contains("колачиће")),
        "{:?}",
        a.body
    );
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.related.len(), 1, "{:?}", a.related);
}

const INLINE_LINKS: &str = "\
कोशी खबर
गृहपृष्ठ › प्रदेश
तमोर नदीमा झोलुङ्गे पुल निर्माण सम्पन्न, दुई गाउँपालिकाको दूरी घट्यो
डिसेम्बर ४, २०२६ १३:२०
धनकुटाको तमोर नदीमा निर्माणाधीन झोलुङ्गे पुल सम्पन्न भएपछि दुई गाउँपालिकाका बासिन्दालाई आवतजावत गर्न सहज भएको छ। पुल नहुँदा स्थानीयले वर्षायाममा डुङ्गाबाट जोखिमपूर्ण यात्रा गर्नुपर्थ्यो।
करिब २४० मिटर लामो यो पुल प्रदेश सरकार र स्थानीय तहको साझेदारीमा बनेको हो। पुल निर्माण दुई वर्षअघि सुरु भएको थियो।
यो पनि पढ्नुहोस्: कोशी प्रदेशमा ४२ वटा झोलुङ्गे पुल निर्माणको चरणमा
स्थानीय किसानले उत्पादन गरेको सुन्तला, अदुवा र अलैँची अब सजिलै बजारसम्म पुर्‍याउन सकिने भएको छ।
पुलको औपचारिक उद्घाटन आगामी साता प्रदेशका भौतिक पूर्वाधार मन्त्रीले गर्ने कार्यक्रम रहेको गाउँपालिकाले जनाएको छ।
";

#[test]
fn inline_read_also_links_of_more_languages_are_related_not_body() {
    let a = parse(INLINE_LINKS);
    assert_eq!(a.related, ["कोशी प्रदेशमा ४२ वटा झोलुङ्गे पुल निर्माणको चरणमा"]);
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
}

const INTERVIEW: &str = "\
ГОРОД-ОНЛАЙН
Главная → Культура
«Зритель стал смелее, чем театр»: режиссёр Игорь Веденеев о новом сезоне
4 декабря 2026, 12:30
В декабре областной драматический театр выпускает сразу две премьеры. Мы поговорили с художественным руководителем о том, как меняется зритель.
— Игорь Петрович, два спектакля за один месяц — это не слишком смело?
— Это вынужденная смелость. «Дядю Ваню» мы начали репетировать ещё весной, а вторую премьеру перенесли с осени.
Реклама
Читайте также: В драмтеатре откроется малая сцена на 80 мест
— Вы говорите, что зритель изменился. В чём это проявляется?
— Зритель стал смелее, чем театр. Молодые люди приходят на сложные спектакли и спорят после них в фойе.
— А что с гастролями?
— В апреле едем в Казань и Нижний Новгород, покажем три спектакля.
Беседовала Анна Смирнова
Copyright © 2026 Город-Онлайн
";

#[test]
fn an_interview_goes_on_after_an_inline_link() {
    let a = parse(INTERVIEW);
    assert!(a.title.starts_with("«Зритель"), "{}", a.title);
    assert_eq!(a.authors, ["Анна Смирнова"]);
    assert_eq!(a.related, ["В драмтеатре откроется малая сцена на 80 мест"]);
    // Every question and answer is body, none a key point or subtitle.
    assert!(a.key_points.is_empty(), "{:?}", a.key_points);
    let dashed = a.body.iter().filter(|b| b.text.starts_with('—')).count();
    assert_eq!(dashed, 6, "{:?}", a.body);
}

/// A short page: its headline, its date, a first paragraph opening with a
/// dateline, and a second paragraph.
fn page_opening(title: &str, opening: &str, second: &str) -> String {
    format!("{title}\n09.04.2026 10:15\n\n{opening}\n\n{second}\n")
}

#[test]
fn datelines_in_scripts_without_capitals() {
    for (title, opening, second, place, credit, rest) in [
        (
            "भोपाल में नई बस सेवा शुरू",
            "भोपाल: नगर निगम ने सोमवार को शहर के बाहरी इलाकों के लिए बीस नई बसें शुरू कीं।",
            "अधिकारियों के अनुसार हर बस में चालीस यात्रियों के बैठने की जगह है और किराया पहले जैसा रहेगा।",
            "भोपाल",
            None,
            "नगर निगम ने",
        ),
        (
            "వరంగల్ లో కొత్త వంతెన",
            "వరంగల్ — నగరంలోని పాత వంతెన స్థానంలో కొత్త వంతెన నిర్మాణం పూర్తయింది అని అధికారులు తెలిపారు.",
            "ఈ వంతెన నిర్మాణానికి రెండు సంవత్సరాలు పట్టింది మరియు దీని పొడవు మూడు వందల మీటర్లు.",
            "వరంగల్",
            None,
            "నగరంలోని",
        ),
        (
            "ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਪਾਰਕ",
            "ਲੁਧਿਆਣਾ, 9 ਅਪ੍ਰੈਲ (ਨਿੱਜੀ ਪੱਤਰ ਪ੍ਰੇਰਕ)- ਸ਼ਹਿਰ ਦੇ ਪੱਛਮੀ ਹਿੱਸੇ ਵਿੱਚ ਨਵਾਂ ਪਾਰਕ ਲੋਕਾਂ ਲਈ ਖੋਲ੍ਹ ਦਿੱਤਾ ਗਿਆ।",
            "ਨਗਰ ਨਿਗਮ ਅਨੁਸਾਰ ਪਾਰਕ ਵਿੱਚ ਬੱਚਿਆਂ ਲਈ ਝੂਲੇ ਅਤੇ ਬਜ਼ੁਰਗਾਂ ਲਈ ਸੈਰ ਕਰਨ ਦਾ ਰਸਤਾ ਬਣਾਇਆ ਗਿਆ ਹੈ।",
            "ਲੁਧਿਆਣਾ",
            Some("ਨਿੱਜੀ ਪੱਤਰ ਪ੍ਰੇਰਕ"),
            "ਸ਼ਹਿਰ ਦੇ",
        ),
        (
            "Shkodër: hapet tregu i ri",
            "Shkodër, 4 mars – Tregu i ri i qytetit u hap të shtunën në praninë e banorëve.",
            "Bashkia thotë se tregu ka njëqind tezga dhe do të jetë i hapur çdo ditë të javës.",
            "Shkodër",
            None,
            "Tregu i ri",
        ),
    ] {
        let a = parse(&page_opening(title, opening, second));
        assert_eq!(a.dateline.as_deref(), Some(place), "{opening}");
        let first = a.body.first().map(|b| b.text.as_str()).unwrap_or_default();
        assert!(first.starts_with(rest), "{opening}: {first}");
        if let Some(c) = credit {
            assert!(
                a.credits.iter().any(|x| x == c),
                "{opening}: {:?}",
                a.credits
            );
        }
    }
    // A label and its value, and an agency's name before a dash, are no place.
    for opening in [
        "ਫੋਟੋ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
        "خبرگزاری آریا - رییس سازمان بورس و اوراق بهادار اعلام کرد که بازار رشد کرد.",
    ] {
        assert!(parse_dateline(opening).is_err(), "{opening}");
    }
}
