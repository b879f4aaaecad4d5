//! Dates and reading times printed with the digits of other scripts
//! (Persian, Arabic-Indic, Bengali, full-width) and in the Solar Hijri
//! calendar of Iranian and Afghan pages.

use newsclip::grammar::date::{DateOptions, DateRole, find_date, parse_date, parse_date_line};
use newsclip::grammar::misc::parse_reading_time;
use newsclip::parse;

fn day(line: &str) -> String {
    let p = find_date(line, &DateOptions::default()).unwrap_or_else(|| panic!("{line}"));
    p.value.value.unwrap().date().to_string()
}

#[test]
fn digits_of_other_scripts_are_read_in_dates() {
    assert_eq!(day("٢٥/٠٣/٢٠٢٥"), "2025-03-25");
    assert_eq!(day("১৬:২০, ১৬ ফেব্রুয়ারি ২০২০ তারিখে"), "2020-02-16");
    assert_eq!(day("２０２５年３月１８日"), "2025-03-18");
    assert_eq!(day("۱۸ مارس ۲۰۲۵"), "2025-03-18");
    // Arabic pages space the slashes of a numeric date.
    assert_eq!(day("٠٢:٠٠ الثلاثاء ٢٥ / ١٢ / ٢٠٢٠"), "2020-12-25");
    assert_eq!(day("25 / 12 / 2020"), "2020-12-25");
    assert!(find_date("۱۴۰۳ نفر", &DateOptions::default()).is_none());
}

#[test]
fn solar_hijri_dates_are_the_gregorian_day_they_name() {
    assert_eq!(day("سه‌شنبه ۲۸ اسفند ۱۴۰۳ - ۱۴:۲۵"), "2025-03-18");
    assert_eq!(day("تاریخ: ۲۱ ارديبهشت ۱۳۹۹"), "2020-05-10");
    assert_eq!(day("۵ حمل ۱۴۰۴"), "2025-03-25");
    assert_eq!(day("1 فروردین 1403"), "2024-03-20");
    // A day the month does not have.
    assert!(find_date("۳۱ مهر ۱۴۰۳", &DateOptions::default()).is_none());
}

#[test]
fn a_match_keeps_the_printed_line() {
    let line = "منتشر شده: ۲۸ اسفند ۱۴۰۳ | ویدیو";
    let p = find_date(line, &DateOptions::default()).unwrap();
    assert_eq!(p.span.slice(line), Some("۲۸ اسفند ۱۴۰۳"));
    assert_eq!(p.rest, " | ویدیو");
    let p = parse_date("۲۸ اسفند ۱۴۰۳ سیاسی", &DateOptions::default()).unwrap();
    assert_eq!(p.rest, " سیاسی");
    let p = parse_date_line(
        "تاریخ انتشار: ۲۸ اسفند ۱۴۰۳ - ۱۴:۲۵",
        &DateOptions::default(),
    )
    .unwrap();
    assert_eq!(p.value[0].role, DateRole::Published);
    assert_eq!(p.rest, "");
}

#[test]
fn reading_times_in_persian_and_arabic() {
    assert_eq!(parse_reading_time("زمان مطالعه: ۵ دقیقه").unwrap().value, 5);
    assert_eq!(parse_reading_time("وقت القراءة: ٣ دقائق").unwrap().value, 3);
    assert!(parse_reading_time("۵ دقیقه پیش").is_err());
}

/// An Iranian news page: its date line in the Solar Hijri calendar with
/// Persian digits, a story code and a reading time.
const PERSIAN: &str = "\
خبرگزاری نمونه
صفحه اصلی | سیاسی | اقتصادی | اجتماعی | فرهنگی | ورزشی
بارش‌های بهاری ذخایر سدهای استان را دو برابر کرد
تاریخ انتشار: سه‌شنبه ۲۸ اسفند ۱۴۰۳ - ۱۴:۲۵
کد خبر: ۸۴۲۱۵۷
زمان مطالعه: ۴ دقیقه
به گفته مدیرعامل شرکت آب منطقه‌ای، بارش‌های دو هفته گذشته حجم آب ذخیره‌شده در سدهای استان را نسبت به سال گذشته دو برابر کرده است و نگرانی‌ها درباره تابستان کمتر شده است.
او افزود که با وجود این افزایش، کشاورزان باید همچنان از روش‌های آبیاری کم‌مصرف استفاده کنند، زیرا میانگین بارش ده سال اخیر هنوز پایین‌تر از حد معمول است.
کارشناسان هواشناسی پیش‌بینی می‌کنند که در هفته آینده نیز بارش‌های پراکنده در مناطق کوهستانی ادامه داشته باشد و دمای هوا اندکی کاهش یابد.
";

#[test]
fn a_persian_page_gets_its_date_and_reading_time_and_keeps_them_out_of_the_body() {
    let a = parse(PERSIAN);
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-18")
    );
    assert_eq!(a.reading_time_minutes, Some(4));
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains('۱')), "{:?}", a.body);
}
