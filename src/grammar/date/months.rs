//! The month and weekday names the date grammar reads, in lower case, with
//! the number of each month. Where one spelling names two months in two
//! languages (Croatian "listopad" is October, Polish and Czech November), the
//! spelling is left out of the language that would be the minority reading.

use super::prim::R;
use crate::table::{WordList, WordMap};

/// English month names and abbreviations (also read in month-day order;
/// the other languages' names are in [`MONTHS`]).
#[rustfmt::skip]
pub(super) static MONTHS_EN_ENTRIES: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// [`MONTHS_EN_ENTRIES`], looked up by name.
pub(super) static MONTHS_EN: WordMap<u32> = WordMap::new(MONTHS_EN_ENTRIES);

/// Month names of the other languages (day-month order only).
#[rustfmt::skip]
pub(super) static MONTHS: WordMap<u32> = WordMap::new(&[
    // German
    ("januar", 1), ("jänner", 1), ("jän", 1), ("februar", 2), ("märz", 3), ("mär", 3),
    ("maerz", 3), ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("okt", 10),
    ("dezember", 12), ("dez", 12),
    // French
    ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fevr", 2),
    ("fév", 2), ("mars", 3), ("avril", 4), ("avr", 4), ("juin", 6), ("juillet", 7),
    ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
    ("novembre", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    // Spanish
    ("enero", 1), ("ene", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("abr", 4),
    ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8), ("ago", 8), ("septiembre", 9),
    ("setiembre", 9), ("set", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("dic", 12),
    // Italian
    ("gennaio", 1), ("gen", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("mag", 5),
    ("giugno", 6), ("giu", 6), ("luglio", 7), ("lug", 7), ("settembre", 9),
    ("ottobre", 10), ("ott", 10), ("dicembre", 12),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("fev", 2), ("março", 3), ("marco", 3), ("maio", 5),
    ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10), ("out", 10),
    ("novembro", 11), ("dezembro", 12),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mrt", 3), ("mei", 5), ("augustus", 8),
    // Indonesian and Malay (the others are spelled as in Dutch or German)
    ("maret", 3), ("agustus", 8), ("desember", 12), ("disember", 12),
    // Romanian
    ("ianuarie", 1), ("ian", 1), ("februarie", 2), ("martie", 3), ("aprilie", 4), ("iunie", 6),
    ("iulie", 7), ("septembrie", 9), ("octombrie", 10), ("noiembrie", 11), ("decembrie", 12),
    // Polish (genitive)
    ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5),
    ("czerwca", 6), ("lipca", 7), ("sierpnia", 8), ("września", 9), ("wrzesnia", 9),
    ("października", 10), ("pazdziernika", 10), ("listopada", 11), ("grudnia", 12),
    // Czech (genitive)
    ("ledna", 1), ("února", 2), ("března", 3), ("dubna", 4), ("května", 5), ("června", 6),
    ("července", 7), ("srpna", 8), ("září", 9), ("října", 10), ("listopadu", 11),
    ("prosince", 12),
    // Swedish, Danish and Norwegian (the others are spelled as in German or Dutch)
    ("maj", 5), ("augusti", 8), ("marts", 3),
    // Turkish
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
    ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    // Arabic (the names of Egypt and the Gulf; the Levant's one-word names)
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4),
    ("مايو", 5), ("يونيو", 6), ("يوليو", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9),
    ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12), ("شباط", 2),
    ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8),
    ("أيلول", 9),
    // Russian
    ("января", 1), ("январь", 1), ("янв", 1), ("февраля", 2), ("февраль", 2), ("фев", 2),
    ("февр", 2), ("марта", 3), ("март", 3), ("мар", 3), ("апреля", 4), ("апрель", 4),
    ("апр", 4), ("мая", 5), ("май", 5), ("июня", 6), ("июнь", 6), ("июн", 6), ("июля", 7),
    ("июль", 7), ("июл", 7), ("августа", 8), ("август", 8), ("авг", 8), ("сентября", 9),
    ("сентябрь", 9), ("сен", 9), ("сент", 9), ("октября", 10), ("октябрь", 10),
    ("окт", 10), ("ноября", 11), ("ноябрь", 11), ("ноя", 11), ("нояб", 11),
    ("декабря", 12), ("декабрь", 12), ("дек", 12),
    // Ukrainian
    ("січня", 1), ("січень", 1), ("лютого", 2), ("лютий", 2), ("березня", 3),
    ("березень", 3), ("квітня", 4), ("квітень", 4), ("травня", 5), ("травень", 5),
    ("червня", 6), ("червень", 6), ("липня", 7), ("липень", 7), ("серпня", 8),
    ("серпень", 8), ("вересня", 9), ("вересень", 9), ("жовтня", 10), ("жовтень", 10),
    ("листопада", 11), ("листопад", 11), ("грудня", 12), ("грудень", 12),
    // Hungarian
    ("január", 1), ("február", 2), ("március", 3), ("április", 4), ("május", 5),
    ("június", 6), ("július", 7), ("augusztus", 8), ("szeptember", 9), ("október", 10),
    // Tagalog
    ("enero", 1), ("pebrero", 2), ("marso", 3), ("abril", 4), ("hunyo", 6), ("hulyo", 7),
    ("agosto", 8), ("setyembre", 9), ("oktubre", 10), ("nobyembre", 11), ("disyembre", 12),
    // Greek (genitive)
    ("ιανουαρίου", 1), ("φεβρουαρίου", 2), ("μαρτίου", 3), ("απριλίου", 4), ("μαΐου", 5),
    ("ιουνίου", 6), ("ιουλίου", 7), ("αυγούστου", 8), ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10), ("νοεμβρίου", 11), ("δεκεμβρίου", 12),
    // Hindi
    ("जनवरी", 1), ("फरवरी", 2), ("मार्च", 3), ("अप्रैल", 4), ("मई", 5), ("जून", 6),
    ("जुलाई", 7), ("अगस्त", 8), ("सितंबर", 9), ("अक्टूबर", 10), ("नवंबर", 11), ("दिसंबर", 12),
    // German "Febr."
    ("febr", 2),
    // Catalan ("d'abril" is read by the grammar)
    ("gener", 1), ("febrer", 2), ("març", 3), ("maig", 5), ("juny", 6), ("juliol", 7),
    ("agost", 8), ("setembre", 9), ("desembre", 12),
    // Croatian, genitive and nominative ("listopad", October, is Polish and
    // Czech November)
    ("siječnja", 1), ("siječanj", 1), ("veljače", 2), ("veljača", 2), ("ožujka", 3),
    ("ožujak", 3), ("travnja", 4), ("travanj", 4), ("svibnja", 5), ("svibanj", 5),
    ("lipnja", 6), ("lipanj", 6), ("srpnja", 7), ("srpanj", 7), ("kolovoza", 8),
    ("kolovoz", 8), ("rujna", 9), ("rujan", 9), ("studenoga", 11), ("studenog", 11),
    ("studeni", 11), ("prosinca", 12), ("prosinac", 12),
    // Serbian, Bosnian and Slovenian in Latin letters, genitive and nominative
    ("januara", 1), ("januarja", 1), ("februara", 2), ("februarja", 2), ("marta", 3),
    ("aprila", 4), ("juna", 6), ("junija", 6), ("jula", 7), ("julija", 7), ("avgust", 8),
    ("avgusta", 8), ("augusta", 8), ("septembar", 9), ("septembra", 9), ("oktobar", 10),
    ("oktobra", 10), ("novembar", 11), ("novembra", 11), ("decembar", 12),
    ("decembra", 12),
    // Serbian and Macedonian Cyrillic, Bulgarian
    ("јануар", 1), ("јануара", 1), ("фебруар", 2), ("фебруара", 2), ("април", 4),
    ("априла", 4), ("мај", 5), ("маја", 5), ("јун", 6), ("јуна", 6), ("јул", 7), ("јула", 7),
    ("септембар", 9), ("септембра", 9), ("октобар", 10), ("октобра", 10),
    ("новембар", 11), ("новембра", 11), ("децембар", 12), ("децембра", 12), ("јан", 1),
    ("феб", 2), ("нов", 11), ("дец", 12),
    ("януари", 1), ("февруари", 2), ("юни", 6), ("юли", 7), ("септември", 9),
    ("октомври", 10), ("ноември", 11), ("декември", 12),
    // Slovak (genitive)
    ("januára", 1), ("februára", 2), ("apríla", 4), ("mája", 5), ("júna", 6), ("júla", 7),
    ("októbra", 10),
    // Swahili and Malay (the others are spelled as in English or Dutch)
    ("machi", 3), ("aprili", 4), ("julai", 7), ("agosti", 8), ("septemba", 9),
    ("oktoba", 10), ("novemba", 11), ("desemba", 12), ("mac", 3), ("ogos", 8),
    // Finnish (partitive, as dates print them)
    ("tammikuuta", 1), ("helmikuuta", 2), ("maaliskuuta", 3), ("huhtikuuta", 4),
    ("toukokuuta", 5), ("kesäkuuta", 6), ("heinäkuuta", 7), ("elokuuta", 8),
    ("syyskuuta", 9), ("lokakuuta", 10), ("marraskuuta", 11), ("joulukuuta", 12),
    // Estonian and Icelandic
    ("jaanuar", 1), ("veebruar", 2), ("märts", 3), ("aprill", 4), ("juuni", 6), ("juuli", 7),
    ("oktoober", 10), ("detsember", 12), ("janúar", 1), ("febrúar", 2), ("apríl", 4),
    ("maí", 5), ("júní", 6), ("júlí", 7), ("ágúst", 8), ("október", 10), ("nóvember", 11),
    // Welsh and Irish
    ("ionawr", 1), ("chwefror", 2), ("mawrth", 3), ("ebrill", 4), ("mehefin", 6),
    ("gorffennaf", 7), ("awst", 8), ("medi", 9), ("hydref", 10), ("tachwedd", 11),
    ("rhagfyr", 12), ("eanáir", 1), ("feabhra", 2), ("márta", 3), ("aibreán", 4),
    ("bealtaine", 5), ("meitheamh", 6), ("iúil", 7), ("lúnasa", 8), ("samhain", 11),
    ("nollaig", 12),
    // Persian and Urdu names of the Western months
    ("ژانویه", 1), ("فوریه", 2), ("آوریل", 4), ("ژوئن", 6), ("ژوئیه", 7), ("اوت", 8),
    ("سپتامبر", 9), ("اکتبر", 10), ("نوامبر", 11), ("دسامبر", 12), ("جنوری", 1),
    ("فروری", 2), ("مارچ", 3), ("اپریل", 4), ("مئی", 5), ("جون", 6), ("جولائی", 7),
    ("اگست", 8), ("ستمبر", 9), ("اکتوبر", 10), ("نومبر", 11), ("دسمبر", 12),
    // Bengali
    ("জানুয়ারি", 1), ("জানুয়ারী", 1), ("ফেব্রুয়ারি", 2), ("ফেব্রুয়ারী", 2), ("মার্চ", 3),
    ("এপ্রিল", 4), ("মে", 5), ("জুন", 6), ("জুলাই", 7), ("আগস্ট", 8), ("সেপ্টেম্বর", 9),
    ("অক্টোবর", 10), ("নভেম্বর", 11), ("ডিসেম্বর", 12),
    // Marathi and Nepali (the names Hindi shares are above)
    ("जानेवारी", 1), ("फेब्रुवारी", 2), ("एप्रिल", 4), ("मे", 5), ("जुलै", 7), ("ऑगस्ट", 8),
    ("सप्टेंबर", 9), ("ऑक्टोबर", 10), ("नोव्हेंबर", 11), ("डिसेंबर", 12), ("फेब्रुअरी", 2),
    ("अप्रिल", 4), ("जुन", 6), ("अगस्ट", 8), ("सेप्टेम्बर", 9), ("अक्टोबर", 10),
    ("नोभेम्बर", 11), ("डिसेम्बर", 12),
    // Armenian, genitive (as dates print them) and nominative
    ("հունվարի", 1), ("փետրվարի", 2), ("մարտի", 3), ("ապրիլի", 4), ("մայիսի", 5),
    ("հունիսի", 6), ("հուլիսի", 7), ("օգոստոսի", 8), ("սեպտեմբերի", 9), ("հոկտեմբերի", 10),
    ("նոյեմբերի", 11), ("դեկտեմբերի", 12), ("հունվար", 1), ("փետրվար", 2), ("մարտ", 3),
    ("ապրիլ", 4), ("մայիս", 5), ("հունիս", 6), ("հուլիս", 7), ("օգոստոս", 8),
    ("սեպտեմբեր", 9), ("հոկտեմբեր", 10), ("նոյեմբեր", 11), ("դեկտեմբեր", 12),
    // Georgian
    ("იანვარი", 1), ("თებერვალი", 2), ("მარტი", 3), ("აპრილი", 4), ("მაისი", 5),
    ("ივნისი", 6), ("ივლისი", 7), ("აგვისტო", 8), ("სექტემბერი", 9), ("ოქტომბერი", 10),
    ("ნოემბერი", 11), ("დეკემბერი", 12),
    // Kazakh
    ("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6),
    ("шілде", 7), ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11),
    ("желтоқсан", 12),
    // Thai (the dotted abbreviations, "ก.พ.", are read by the grammar)
    ("มกราคม", 1), ("กุมภาพันธ์", 2), ("มีนาคม", 3), ("เมษายน", 4), ("พฤษภาคม", 5),
    ("มิถุนายน", 6), ("กรกฎาคม", 7), ("สิงหาคม", 8), ("กันยายน", 9), ("ตุลาคม", 10),
    ("พฤศจิกายน", 11), ("ธันวาคม", 12),
    // Zulu (the names Swahili and German share are above)
    ("januwari", 1), ("februwari", 2), ("febhuwari", 2), ("mashi", 3), ("ephreli", 4),
    ("meyi", 5), ("julayi", 7), ("agasti", 8), ("okthoba", 10), ("disemba", 12),
    // Telugu
    ("జనవరి", 1), ("ఫిబ్రవరి", 2), ("మార్చి", 3), ("ఏప్రిల్", 4), ("మే", 5), ("జూన్", 6),
    ("జూలై", 7), ("జులై", 7), ("ఆగస్టు", 8), ("ఆగష్టు", 8), ("సెప్టెంబర్", 9),
    ("సెప్టెంబరు", 9), ("అక్టోబర్", 10), ("అక్టోబరు", 10), ("నవంబర్", 11), ("నవంబరు", 11),
    ("డిసెంబర్", 12), ("డిసెంబరు", 12),
    // Burmese
    ("ဇန်နဝါရီ", 1), ("ဖေဖော်ဝါရီ", 2), ("မတ်", 3), ("ဧပြီ", 4), ("မေ", 5), ("ဇွန်", 6),
    ("ဇူလိုင်", 7), ("ဩဂုတ်", 8), ("စက်တင်ဘာ", 9), ("အောက်တိုဘာ", 10), ("နိုဝင်ဘာ", 11),
    ("ဒီဇင်ဘာ", 12),
    // Kinyarwanda
    ("mutarama", 1), ("gashyantare", 2), ("werurwe", 3), ("mata", 4), ("gicurasi", 5),
    ("kamena", 6), ("nyakanga", 7), ("kanama", 8), ("nzeri", 9), ("ukwakira", 10),
    ("ugushyingo", 11), ("ukuboza", 12),
    // Malagasy
    ("janoary", 1), ("febroary", 2), ("martsa", 3), ("aprily", 4), ("mey", 5), ("jona", 6),
    ("jolay", 7), ("aogositra", 8), ("septambra", 9), ("oktobra", 10), ("novambra", 11),
    ("desambra", 12),
    // Haitian Creole ("me" and "mas" are English words: left out)
    ("janvye", 1), ("fevriye", 2), ("jen", 6), ("jiyè", 7), ("jiye", 7), ("septanm", 9),
    ("oktòb", 10), ("oktob", 10), ("novanm", 11), ("desanm", 12),
    // Scottish Gaelic
    ("faoilleach", 1), ("gearran", 2), ("màrt", 3), ("giblean", 4), ("cèitean", 5),
    ("ògmhios", 6), ("iuchar", 7), ("lùnastal", 8), ("sultain", 9), ("dàmhair", 10),
    ("samhain", 11), ("dùbhlachd", 12),
    // Punjabi (Gurmukhi)
    ("ਜਨਵਰੀ", 1), ("ਫ਼ਰਵਰੀ", 2), ("ਫਰਵਰੀ", 2), ("ਮਾਰਚ", 3), ("ਅਪ੍ਰੈਲ", 4), ("ਅਪਰੈਲ", 4),
    ("ਮਈ", 5), ("ਜੂਨ", 6), ("ਜੁਲਾਈ", 7), ("ਅਗਸਤ", 8), ("ਸਤੰਬਰ", 9), ("ਅਕਤੂਬਰ", 10),
    ("ਨਵੰਬਰ", 11), ("ਦਸੰਬਰ", 12),
    // Tamil
    ("ஜனவரி", 1), ("பிப்ரவரி", 2), ("மார்ச்", 3), ("ஏப்ரல்", 4), ("மே", 5), ("ஜூன்", 6),
    ("ஜூலை", 7), ("ஆகஸ்ட்", 8), ("ஆகஸ்டு", 8), ("செப்டம்பர்", 9), ("அக்டோபர்", 10),
    ("நவம்பர்", 11), ("டிசம்பர்", 12),
    // Kannada
    ("ಜನವರಿ", 1), ("ಫೆಬ್ರವರಿ", 2), ("ಮಾರ್ಚ್", 3), ("ಏಪ್ರಿಲ್", 4), ("ಮೇ", 5), ("ಜೂನ್", 6),
    ("ಜುಲೈ", 7), ("ಆಗಸ್ಟ್", 8), ("ಸೆಪ್ಟೆಂಬರ್", 9), ("ಅಕ್ಟೋಬರ್", 10), ("ನವೆಂಬರ್", 11),
    ("ಡಿಸೆಂಬರ್", 12),
    // Belarusian (genitive)
    ("студзеня", 1), ("лютага", 2), ("сакавіка", 3), ("красавіка", 4), ("траўня", 5),
    ("чэрвеня", 6), ("ліпеня", 7), ("жніўня", 8), ("верасня", 9), ("кастрычніка", 10),
    ("лістапада", 11), ("снежня", 12),
    // Albanian ("mars" is above)
    ("janar", 1), ("shkurt", 2), ("prill", 4), ("qershor", 6), ("korrik", 7),
    ("gusht", 8), ("shtator", 9), ("tetor", 10), ("nëntor", 11), ("dhjetor", 12),
    // Hebrew (after "ב", in, as dates print them, read by the month look-up)
    ("ינואר", 1), ("פברואר", 2), ("מרץ", 3), ("מרס", 3), ("אפריל", 4), ("מאי", 5),
    ("יוני", 6), ("יולי", 7), ("אוגוסט", 8), ("ספטמבר", 9), ("אוקטובר", 10),
    ("נובמבר", 11), ("דצמבר", 12),
    // Sesotho
    ("pherekgong", 1), ("hlakola", 2), ("hlakubele", 3), ("tlhakubele", 3), ("mmesa", 4),
    ("motsheanong", 5), ("phupjane", 6), ("phupu", 7), ("phato", 8), ("loetse", 9),
    ("mphalane", 10), ("pudungwana", 11), ("pulungoana", 11), ("tshitwe", 12),
    // Shona
    ("ndira", 1), ("kukadzi", 2), ("kurume", 3), ("kubvumbi", 4), ("chivabvu", 5),
    ("chikumi", 6), ("chikunguru", 7), ("nyamavhuvhu", 8), ("gunyana", 9), ("gumiguru", 10),
    ("mbudzi", 11), ("zvita", 12),
    // Akan (Twi)
    ("ɔpɛpɔn", 1), ("ɔgyefuo", 2), ("ɔbɛnem", 3), ("oforisuo", 4), ("kɔtɔnimma", 5),
    ("ayɛwohomumu", 6), ("kitawonsa", 7), ("ɔsanaa", 8), ("ɛbɔ", 9), ("ahinime", 10),
    ("obubuo", 11), ("ɔpɛnimma", 12),
    // Ewe
    ("dzove", 1), ("dzodze", 2), ("tedoxe", 3), ("afɔfĩe", 4), ("dama", 5), ("masa", 6),
    ("siamlɔm", 7), ("deasiamime", 8), ("anyɔnyɔ", 9), ("kele", 10), ("adeɛmekpɔxe", 11),
    ("dzome", 12),
    // Kabyle
    ("yennayer", 1), ("fuṛar", 2), ("meɣres", 3), ("yebrir", 4), ("mayyu", 5), ("yunyu", 6),
    ("yulyu", 7), ("ɣuct", 8), ("ctembeṛ", 9), ("tubeṛ", 10), ("wambeṛ", 11), ("nwanbeṛ", 11),
    ("dujembeṛ", 12),
]);

/// Weekday names and abbreviations in the same languages. The grammar only
/// skips a weekday in front of a date; it never decides anything by itself.
#[rustfmt::skip]
pub(super) static WEEKDAYS: WordList = WordList::new(&[
    // English
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
    "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
    // German
    "montag", "mo", "dienstag", "di", "mittwoch", "mi", "donnerstag", "do", "freitag",
    "fr", "samstag", "sonnabend", "sa", "sonntag", "so",
    // French
    "lundi", "lun", "mardi", "mar", "mercredi", "mer", "jeudi", "jeu", "vendredi", "ven",
    "samedi", "sam", "dimanche", "dim",
    // Spanish
    "lunes", "martes", "miércoles", "miercoles", "mié", "mie", "jueves", "jue", "viernes",
    "vie", "sábado", "sabado", "sáb", "sab", "domingo", "dom",
    // Italian
    "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì",
    "giovedi", "gio", "venerdì", "venerdi", "sabato", "domenica",
    // Portuguese ("-feira" is skipped by the grammar)
    "segunda", "seg", "terça", "terca", "ter", "quarta", "qua", "quinta", "qui", "sexta",
    "sex",
    // Dutch
    "maandag", "ma", "dinsdag", "woensdag", "wo", "donderdag", "vrijdag", "vr",
    "zaterdag", "za", "zondag", "zo",
    // Russian
    "понедельник", "пн", "вторник", "вт", "среда", "ср", "четверг", "чт", "пятница", "пт",
    "суббота", "сб", "воскресенье", "вс",
    // Ukrainian
    "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота",
    "неділя",
    // Hungarian
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
    // Catalan
    "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge",
    // Croatian, Serbian, Bosnian, Slovenian (Latin letters)
    "ponedjeljak", "ponedeljak", "utorak", "srijeda", "sreda", "četvrtak", "petak",
    "subota", "nedjelja", "nedelja", "torek", "četrtek", "sobota",
    // Serbian Cyrillic, Bulgarian
    "понедељак", "уторак", "четвртак", "петак", "недеља", "понеделник", "сряда",
    "четвъртък", "петък", "събота", "неделя",
    // Polish, Czech, Slovak
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "niedziela", "pondělí",
    "úterý", "středa", "čtvrtek", "pátek", "neděle", "pondelok", "utorok", "streda",
    "štvrtok", "piatok", "nedeľa",
    // Romanian, Turkish
    "luni", "marți", "marti", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    // Swedish, Danish, Norwegian, Finnish
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag",
    "tirsdag", "lørdag", "søndag", "maanantai", "tiistai", "keskiviikko", "torstai",
    "perjantai", "lauantai", "sunnuntai",
    // Indonesian, Malay, Swahili
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "isnin", "khamis",
    "jumaat", "ahad", "jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi",
    "jumapili",
    // Greek, Arabic, Hindi
    "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार",
    // Zulu, bare and after "ngo-"/"nge-" (on), as dates print them
    // ("NgoLwesithathu, 9 Disemba")
    "msombuluko", "lwesibili", "lwesithathu", "lwesine", "lwesihlanu", "mgqibelo", "sonto",
    "ngomsombuluko", "ngolwesibili", "ngolwesithathu", "ngolwesine", "ngolwesihlanu",
    "ngomgqibelo", "ngesonto",
    // Sesotho, Akan (Twi), Ewe
    "sontaha", "mantaha", "labobedi", "laboraro", "labone", "labohlano", "moqebelo",
    "kwasida", "dwowda", "benada", "wukuada", "yawoada", "fiada", "memeneda",
    "kɔsiɖa", "dzoɖa", "blaɖa", "kuɖa", "yawoɖa", "fiɖa", "memleɖa",
]);

/// The Yoruba months as printed after "oṣù" (month): the ordinals ("Oṣù
/// Kejìlá", the twelfth month), a longer word before its prefix.
pub(super) static YORUBA_ORDINAL_MONTHS: &[(&str, u32)] = &[
    ("kínní", 1),
    ("kejìlá", 12),
    ("kejì", 2),
    ("kẹta", 3),
    ("kẹrin", 4),
    ("karùn-ún", 5),
    ("karùn", 5),
    ("kẹfà", 6),
    ("keje", 7),
    ("kẹjọ", 8),
    ("kẹsàn-án", 9),
    ("kẹsàn", 9),
    ("kẹwàá", 10),
    ("kọkànlá", 11),
];

/// The dotted abbreviations of the Thai months ("ก.พ.", February).
static THAI_MONTHS: &[(&str, u32)] = &[
    ("ม.ค.", 1),
    ("ก.พ.", 2),
    ("มี.ค.", 3),
    ("เม.ย.", 4),
    ("พ.ค.", 5),
    ("มิ.ย.", 6),
    ("ก.ค.", 7),
    ("ส.ค.", 8),
    ("ก.ย.", 9),
    ("ต.ค.", 10),
    ("พ.ย.", 11),
    ("ธ.ค.", 12),
];

/// `thai_abbreviation = "ม.ค." | "ก.พ." | ...` (a Thai letter first: byte
/// 0xE0 leads the Thai block).
pub(super) fn thai_month(i: &str) -> R<'_, u32> {
    if i.as_bytes().first() == Some(&0xE0) {
        for &(abbr, m) in THAI_MONTHS {
            if let Some(rest) = i.strip_prefix(abbr) {
                return Ok((rest, m));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

#[cfg(test)]
mod tests {
    use crate::grammar::date::{DateOptions, DateRole, find_date, parse_date_line};

    /// The day `s` names, as "YYYY-MM-DD".
    fn day(s: &str) -> Option<String> {
        let v = find_date(s, &DateOptions::default())?.value.value?;
        Some(
            format!("{v:?}")
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '-')
                .take(10)
                .collect(),
        )
    }

    #[test]
    fn month_names_of_more_languages() {
        for (s, want) in [
            ("4 de març de 2025", "2025-03-04"),
            ("Dimarts, 4 d'abril de 2025", "2025-04-04"),
            ("4. ožujka 2025.", "2025-03-04"),
            ("4. marta 2025.", "2025-03-04"),
            ("04. фебруара 2025", "2025-02-04"),
            ("Jumanne, Machi 04, 2025", "2025-03-04"),
            ("4 Mac 2025", "2025-03-04"),
            ("4. maaliskuuta 2025", "2025-03-04"),
            ("4 Mawrth 2025", "2025-03-04"),
            ("4 মার্চ 2025", "2025-03-04"),
            ("18 กุมภาพันธ์ 2568", "2025-02-18"),
            ("18 ก.พ. 2568 14:25 น.", "2025-02-18"),
            ("4 Mashi 2025", "2025-03-04"),
            ("4 మార్చి 2025", "2025-03-04"),
            ("4 Oṣù Kẹta 2025", "2025-03-04"),
        ] {
            assert_eq!(day(s).as_deref(), Some(want), "{s}");
        }
        // "listopada" stays Polish November.
        assert_eq!(day("4 listopada 2025").as_deref(), Some("2025-11-04"));
    }

    #[test]
    fn buddhist_era_years_are_converted() {
        assert_eq!(day("18/02/2568").as_deref(), Some("2025-02-18"));
        assert_eq!(day("18 Feb 2025").as_deref(), Some("2025-02-18"));
    }

    #[test]
    fn labels_of_more_languages() {
        let o = DateOptions::default();
        for (s, role) in [
            ("Objavljeno: 04.03.2025. u 14:25", DateRole::Published),
            ("Ažurirano: 05.03.2025.", DateRole::Updated),
            ("Dikemas kini 05/03/2025 10:00 AM", DateRole::Updated),
            ("Imesasishwa: Jumatano, Machi 05, 2025", DateRole::Updated),
            ("Actualitzat: 05/03/2025", DateRole::Updated),
            ("เผยแพร่ 18 ก.พ. 2568 14:25 น.", DateRole::Published),
        ] {
            let got = parse_date_line(s, &o).map(|p| p.value.first().map(|e| e.role));
            assert_eq!(got, Ok(Some(role)), "{s}");
        }
    }
}
