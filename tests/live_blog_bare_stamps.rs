//! A live blog whose entries open with a bare time ("16:20", then the
//! entry's headline, then its text): every stamp and entry headline is a
//! heading and every entry's text a paragraph, even where the rules took
//! the stamps for menu entries; a ticker of times over headlines alone is
//! left as it was.

use newsclip::{BlockKind, parse};

/// The body's blocks as (kind, text).
fn blocks(text: &str) -> Vec<(BlockKind, String)> {
    parse(text)
        .body
        .into_iter()
        .map(|b| (b.kind, b.text))
        .collect()
}

const CANTONESE: &str = "港灣日報\n主頁  港聞  財經  體育\n主頁 > 港聞\n颱風逼近 渡輪全日停航（持續更新）\n記者：黃美玲\n發佈時間：2027年9月2日 08:05\n分享：Facebook WhatsApp\n\
16:20\n【八號風球生效】\n天文台喺下晝4點10分發出八號烈風或暴風信號，呼籲市民盡快返屋企，留意最新消息。\n\
14:35\n【渡輪公司宣布停航】\n渡輪公司表示，因為海面風浪太大，所有往返離島嘅航班由下晝3點起暫停，乘客可以申請退款。\n廣告\n\
12:10\n機場管理局話今日有超過一百班航班取消或延誤，旅客出發前應該向航空公司查詢。\n\
10:00\n【學校停課】\n教育局宣布全港幼稚園同特殊學校今日停課，中小學照常上課但家長可以自行決定。\n\
08:05\n【三號風球】\n天文台喺朝早8點發出三號強風信號，預料風勢會持續增強。\n\
相關新聞\n天文台：今年颱風季可能比正常長\n渡輪加價申請獲批 下月生效\n© 2027 港灣日報\n";

#[test]
fn every_entry_of_a_live_blog_with_bare_stamps_is_in_the_body() {
    let body = blocks(CANTONESE);
    let headings: Vec<&str> = body
        .iter()
        .filter(|b| b.0 == BlockKind::Heading)
        .map(|b| b.1.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "16:20",
            "【八號風球生效】",
            "14:35",
            "【渡輪公司宣布停航】",
            "12:10",
            "10:00",
            "【學校停課】",
            "08:05",
            "【三號風球】"
        ]
    );
    assert_eq!(
        body.iter().filter(|b| b.0 == BlockKind::Paragraph).count(),
        5
    );
    // The advertisement's label and the rail stay out.
    assert!(
        body.iter()
            .all(|b| b.1 != "廣告" && !b.1.contains("颱風季"))
    );
    assert_eq!(parse(CANTONESE).related.len(), 2);
}

#[test]
fn a_stamp_the_body_holds_as_a_paragraph_is_a_heading() {
    let text = "Harbour Times\nLive: storm closes the harbour ferry service\nBy Priya Raman\nMarch 4, 2025\n\
The harbour ferry service is suspended for the day as a storm crosses the bay; follow the latest here.\n\
16:40\nLast crossings cancelled\nThe operator said no boat would leave the north pier before tomorrow morning.\n\
15:10\nWinds reach 90 km/h at the breakwater, the weather office said, and a warning stays in force.\n\
13:25\nSchools send pupils home\nIsland schools closed at one o'clock so that children could catch the last boat.\n\
© 2025 Harbour Times\n";
    let body = blocks(text);
    for stamp in ["16:40", "15:10", "13:25"] {
        assert!(
            body.iter()
                .any(|b| b.0 == BlockKind::Heading && b.1 == stamp),
            "{stamp}: {body:?}"
        );
    }
    // Two stamps are no live blog: they stay as printed.
    let two = text.replace("13:25\n", "");
    assert!(
        blocks(&two)
            .iter()
            .any(|b| b.0 == BlockKind::Paragraph && b.1 == "16:40")
    );
}

#[test]
fn a_ticker_of_times_over_headlines_stays_out_of_the_body() {
    let text = "Harbour Times\nHarbour ferry fares to rise by a fifth from April\nBy Priya Raman\nMarch 4, 2025\n\
The harbour ferry operator will raise fares by 20 per cent from April 1, the regional transport board said.\n\
The board approved the increase after a two-hour meeting, with two members voting against it.\n\
Latest news\n12:48\nCouncil approves new bus lanes\n12:33\nIsland school gets a new roof\n11:51\nMarket reopens after repairs\n10:04\nLibrary extends its hours\n\
© 2025 Harbour Times\n";
    let body = blocks(text);
    assert_eq!(body.len(), 2, "{body:?}");
}
