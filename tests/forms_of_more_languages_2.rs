//! Bylines, caption credits, dates, ad labels, inline links, rails and wire
//! openers in the forms of more languages (Luxembourgish, Zulu, Yoruba,
//! Somali, Telugu, Burmese, Pashto, Chinese) and two English bylines
//! ("Reporting: A & B", "NAME with AGENCY").

use newsclip::grammar::byline::parse_byline;
use newsclip::grammar::caption::parse_caption;
use newsclip::grammar::date::{DateOptions, parse_date};
use newsclip::grammar::dateline::parse_dateline;
use newsclip::grammar::misc::parse_reading_time;
use newsclip::parse;

#[test]
fn bylines_of_more_languages() {
    for (line, authors) in [
        ("Vum Jhemp Hoffmann", &["Jhemp Hoffmann"][..]),
        ("Ngu-Thandeka Zungu", &["Thandeka Zungu"]),
        ("Láti ọwọ́ Bọlá Adéyẹmí", &["Bọlá Adéyẹmí"]),
        ("Qore: Cali Maxamuud Nuur", &["Cali Maxamuud Nuur"]),
        ("రచన: వి. రామకృష్ణ", &["వి. రామకృష్ణ"]),
        ("ရေးသားသူ - အောင်ကျော်မင်း", &["အောင်ကျော်မင်း"]),
        (
            "Reporting: Janelle Cho & Marcus Lind",
            &["Janelle Cho", "Marcus Lind"],
        ),
    ] {
        let b = parse_byline(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(b.value.authors, authors, "{line}");
    }
}

#[test]
fn a_writer_with_an_agency() {
    let text = "Copper prices climb to a record on mine strikes\nJohn Mensah with AFP\nTuesday, March 3, 2026\n\nAccra (AFP) - Copper prices rose to a record on Tuesday as strikes at two mines cut the supply to smelters across the region.\n\nTraders said the price could climb further if the strikes lasted into the next month, as stocks were already low.\n";
    let a = parse(text);
    assert_eq!(a.authors, ["John Mensah"]);
    assert!(a.credits.iter().any(|c| c == "AFP"), "{:?}", a.credits);
    assert!(a.subtitle.is_none());
}

#[test]
fn caption_credits_of_more_languages() {
    for (line, text, credit) in [
        (
            "Àwọn ọmọ ilé ìwé ń ṣeré ní pápá. Àwòrán: Fẹ́mi Ògún",
            "Àwọn ọmọ ilé ìwé ń ṣeré ní pápá.",
            "Fẹ́mi Ògún",
        ),
        (
            "Abalandeli begubha ngemuva komdlalo. Isithombe: Themba Ndlovu",
            "Abalandeli begubha ngemuva komdlalo.",
            "Themba Ndlovu",
        ),
        (
            "Ardayda oo fasalka ku jira. Sawir: Axmed Faarax",
            "Ardayda oo fasalka ku jira.",
            "Axmed Faarax",
        ),
        (
            "په ښار کې د واورې منظره. انځور: ولسي اژانس",
            "په ښار کې د واورې منظره.",
            "ولسي اژانس",
        ),
        ("မြို့လယ်ရှိ ဈေးတန်း ဓာတ်ပုံ - မင်းထက်", "မြို့လယ်ရှိ ဈေးတန်း", "မင်းထက်"),
        (
            "Fishermen haul in their nets at dawn. Photo courtesy: Fisheries Department",
            "Fishermen haul in their nets at dawn.",
            "Fisheries Department",
        ),
        (
            "一名游客在湖边拍照。（新华社记者 张华 摄）",
            "一名游客在湖边拍照。",
            "新华社记者 张华",
        ),
    ] {
        let p = parse_caption(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(p.value.text, text, "{line}");
        assert_eq!(p.value.credit.as_deref(), Some(credit), "{line}");
    }
}

#[test]
fn dates_in_more_languages() {
    let opts = DateOptions::default();
    for (line, date) in [
        ("14 Oṣù Kẹta 2025", "2025-03-14"),
        ("NgoMsombuluko, 3 Mashi 2025 | 08:15", "2025-03-03T08:15:00"),
        ("21 మార్చి 2025", "2025-03-21"),
        ("၂၀၂၅ ဒီဇင်ဘာ ၁၄", "2025-12-14"),
    ] {
        let p = parse_date(line, &opts).unwrap_or_else(|e| panic!("{line}: {e:?}"));
        assert_eq!(p.value.value.unwrap().to_string(), date, "{line}");
    }
}

#[test]
fn reading_time_in_telugu() {
    assert_eq!(parse_reading_time("చదవడానికి 7 నిమిషాలు").unwrap().value, 7);
}

#[test]
fn wire_openers() {
    let p = parse_dateline("هرات (باختر): د ښار په مرکز کې نوې روغتون پرانیستل شو.").unwrap();
    assert_eq!(p.value.place, "هرات");
    let p = parse_dateline("新华社成都3月2日电（记者 刘洋、陈静）四川省今天发布了新的交通规划。")
        .unwrap();
    assert_eq!(p.value.place, "成都");
    assert_eq!(p.rest, "四川省今天发布了新的交通规划。");
}

#[test]
fn ad_labels_and_inline_links_of_more_languages() {
    for (ad, link) in [
        (
            "Reklamm",
            "Och interessant: Nei Bréck iwwer d'Sauer fäerdeg",
        ),
        (
            "ISIKHANGISO",
            "FUNDA NANA: Iqembu lizodlala eThekwini ngoMgqibelo",
        ),
        ("Ìpolówó", "Ẹ tún lè ka: Ìjọba kéde ọjọ́ ìsinmi tuntun"),
        ("اعلان", "نور ولولئ: په کندهار کې نوی پل جوړ شو"),
    ] {
        let text = format!(
            "A headline about the harbour works\n\nThe first paragraph of the story tells what happened at the harbour on Monday morning.\n\n{link}\n\nThe second paragraph of the story says what the council decided about the works.\n\n{ad}\n\nThe third paragraph of the story says when the works will start and who will pay.\n"
        );
        let a = parse(&text);
        assert_eq!(a.body.len(), 3, "{ad}: {:?}", a.body);
        assert!(a.body.iter().all(|b| !b.text.contains(':')), "{link}");
    }
}

#[test]
fn a_chinese_wire_names_its_reporters() {
    let text = "成都地铁新线路今日开通运营\n2026-03-02 10:20:00 来源：新华社\n新华社成都3月2日电（记者 刘洋、陈静）成都地铁新线路今天正式开通运营，全长四十二公里，共设车站二十八座，将大大方便沿线市民出行。\n据介绍，新线路连接城市东西两端，高峰时段每三分钟一班，预计日均客流量将超过三十万人次。\n";
    let a = parse(text);
    assert_eq!(a.dateline.as_deref(), Some("成都"));
    assert_eq!(a.authors, ["刘洋", "陈静"]);
    assert!(a.credits.iter().any(|c| c == "新华社"), "{:?}", a.credits);
}

#[test]
fn a_pashto_rights_notice_is_no_caption() {
    let text = "د هرات په ښار کې نوی روغتون پرانیستل شو\n\nهرات (باختر): د هرات په ښار کې یو نوی روغتون پرانیستل شو چې سلګونه ناروغان به هره ورځ درملنه کوي.\n\nد روغتیا وزارت ویاند وویل چې روغتون د نړیوالو مرستو په ملاتړ جوړ شوی دی او ډېر ډاکټران لري.\n\nټول حقونه خوندي دي © ۲۰۲۶ د هرات غږ\n";
    let a = parse(text);
    assert!(a.captions.is_empty(), "{:?}", a.captions);
    assert_eq!(a.dateline.as_deref(), Some("هرات"));
}
