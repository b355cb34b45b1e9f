/**
 * Month names and abbreviations by language, as pages print them (with diacritics; matching folds
 * case and diacritics, so "Şubat", "subat" and "ŞUBAT" are one entry, and "Feb." matches "feb").
 * Each list has 12 entries, January first; each entry lists every form: nominative, the genitive
 * used in dates ("25 февраля", "25 lutego", "25. helmikuuta"), and the common abbreviations.
 * A test checks that no folded form names two different months.
 *
 * Left out on purpose: Czech abbreviations ("led", "pro" are everyday words) and the Finnish short
 * stems ("kesä" = summer, "joulu" = Christmas); both languages print full names or numbers.
 */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May'], ['June', 'Jun'],
    ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sep', 'Sept'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc'],
  ],
  de: [
    ['Januar', 'Jänner', 'Jan', 'Jän'], ['Februar', 'Feber', 'Feb'], ['März', 'Mär', 'Mrz'], ['April', 'Apr'], ['Mai'], ['Juni', 'Jun'],
    ['Juli', 'Jul'], ['August', 'Aug'], ['September', 'Sep', 'Sept'], ['Oktober', 'Okt'], ['November', 'Nov'], ['Dezember', 'Dez'],
  ],
  es: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept', 'set'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set', 'sett'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  pt: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
  ],
  nl: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  tr: [
    ['Ocak', 'Oca'], ['Şubat', 'Şub'], ['Mart', 'Mar'], ['Nisan', 'Nis'], ['Mayıs', 'May'], ['Haziran', 'Haz'],
    ['Temmuz', 'Tem'], ['Ağustos', 'Ağu'], ['Eylül', 'Eyl'], ['Ekim', 'Eki'], ['Kasım', 'Kas'], ['Aralık', 'Ara'],
  ],
  ru: [
    ['январь', 'января', 'янв'], ['февраль', 'февраля', 'фев', 'февр'], ['март', 'марта', 'мар'], ['апрель', 'апреля', 'апр'],
    ['май', 'мая'], ['июнь', 'июня', 'июн'], ['июль', 'июля', 'июл'], ['август', 'августа', 'авг'],
    ['сентябрь', 'сентября', 'сен', 'сент'], ['октябрь', 'октября', 'окт'], ['ноябрь', 'ноября', 'ноя', 'нояб'], ['декабрь', 'декабря', 'дек'],
  ],
  uk: [
    ['січень', 'січня', 'січ'], ['лютий', 'лютого', 'лют'], ['березень', 'березня', 'бер'], ['квітень', 'квітня', 'квіт', 'кві'],
    ['травень', 'травня', 'трав', 'тра'], ['червень', 'червня', 'черв', 'чер'], ['липень', 'липня', 'лип'], ['серпень', 'серпня', 'серп', 'сер'],
    ['вересень', 'вересня', 'вер'], ['жовтень', 'жовтня', 'жовт', 'жов'], ['листопад', 'листопада', 'лист', 'лис'], ['грудень', 'грудня', 'груд', 'гру'],
  ],
  pl: [
    ['styczeń', 'stycznia', 'sty'], ['luty', 'lutego', 'lut'], ['marzec', 'marca', 'mar'], ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'], ['czerwiec', 'czerwca', 'cze'], ['lipiec', 'lipca', 'lip'], ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'], ['październik', 'października', 'paź'], ['listopad', 'listopada', 'lis'], ['grudzień', 'grudnia', 'gru'],
  ],
  sv: [
    ['januari', 'jan'], ['februari', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['maj'], ['juni', 'jun'],
    ['juli', 'jul'], ['augusti', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  da: [
    ['januar', 'jan'], ['februar', 'feb'], ['marts', 'mar'], ['april', 'apr'], ['maj'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  no: [
    ['januar', 'jan'], ['februar', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des'],
  ],
  fi: [
    ['tammikuu', 'tammikuuta', 'tammik'], ['helmikuu', 'helmikuuta', 'helmik'], ['maaliskuu', 'maaliskuuta', 'maalisk'],
    ['huhtikuu', 'huhtikuuta', 'huhtik'], ['toukokuu', 'toukokuuta', 'toukok'], ['kesäkuu', 'kesäkuuta', 'kesäk'],
    ['heinäkuu', 'heinäkuuta', 'heinäk'], ['elokuu', 'elokuuta', 'elok'], ['syyskuu', 'syyskuuta', 'syysk'],
    ['lokakuu', 'lokakuuta', 'lokak'], ['marraskuu', 'marraskuuta', 'marrask'], ['joulukuu', 'joulukuuta', 'jouluk'],
  ],
  ro: [
    ['ianuarie', 'ian'], ['februarie', 'feb'], ['martie', 'mar'], ['aprilie', 'apr'], ['mai'], ['iunie', 'iun'],
    ['iulie', 'iul'], ['august', 'aug'], ['septembrie', 'sep', 'sept'], ['octombrie', 'oct'], ['noiembrie', 'noi', 'nov'], ['decembrie', 'dec'],
  ],
  cs: [
    ['leden', 'ledna'], ['únor', 'února'], ['březen', 'března'], ['duben', 'dubna'], ['květen', 'května'], ['červen', 'června'],
    ['červenec', 'července'], ['srpen', 'srpna'], ['září'], ['říjen', 'října'], ['listopad', 'listopadu'], ['prosinec', 'prosince'],
  ],
  hu: [
    ['január', 'jan'], ['február', 'febr', 'feb'], ['március', 'márc', 'már'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'],
    ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept', 'szep'], ['október', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  el: [
    ['Ιανουάριος', 'Ιανουαρίου', 'Ιαν'], ['Φεβρουάριος', 'Φεβρουαρίου', 'Φεβ'], ['Μάρτιος', 'Μαρτίου', 'Μαρ'],
    ['Απρίλιος', 'Απριλίου', 'Απρ'], ['Μάιος', 'Μαΐου', 'Μαΐ'], ['Ιούνιος', 'Ιουνίου', 'Ιουν'],
    ['Ιούλιος', 'Ιουλίου', 'Ιουλ'], ['Αύγουστος', 'Αυγούστου', 'Αυγ'], ['Σεπτέμβριος', 'Σεπτεμβρίου', 'Σεπ', 'Σεπτ'],
    ['Οκτώβριος', 'Οκτωβρίου', 'Οκτ'], ['Νοέμβριος', 'Νοεμβρίου', 'Νοε'], ['Δεκέμβριος', 'Δεκεμβρίου', 'Δεκ'],
  ],
  id: [
    ['Januari', 'Jan'], ['Februari', 'Feb', 'Peb'], ['Maret', 'Mar'], ['April', 'Apr'], ['Mei'], ['Juni', 'Jun'],
    ['Juli', 'Jul'], ['Agustus', 'Agu', 'Agt', 'Ags'], ['September', 'Sep', 'Sept'], ['Oktober', 'Okt'], ['November', 'Nov', 'Nop'], ['Desember', 'Des'],
  ],
  // Serbian, Bosnian, Montenegrin (Latin and Cyrillic), nominative and genitive: "25. februar 2021.", "25. фебруара 2021."
  sr: [
    ['januar', 'januara', 'јануар', 'јануара'], ['februar', 'februara', 'фебруар', 'фебруара'], ['mart', 'marta', 'март', 'марта'],
    ['april', 'aprila', 'април', 'априла'], ['maj', 'maja', 'мај', 'маја'], ['jun', 'juna', 'јун', 'јуна'],
    ['jul', 'jula', 'јул', 'јула'], ['avgust', 'avgusta', 'август', 'августа'], ['septembar', 'septembra', 'септембар', 'септембра'],
    ['oktobar', 'oktobra', 'октобар', 'октобра'], ['novembar', 'novembra', 'новембар', 'новембра'], ['decembar', 'decembra', 'децембар', 'децембра'],
  ],
  // Croatian. "listopad" (October here) is November in Czech and Polish: left out, Croatian pages
  // that use it get no date from the name rather than a wrong one.
  hr: [
    ['siječanj', 'siječnja'], ['veljača', 'veljače'], ['ožujak', 'ožujka'], ['travanj', 'travnja'], ['svibanj', 'svibnja'], ['lipanj', 'lipnja'],
    ['srpanj', 'srpnja'], ['kolovoz', 'kolovoza'], ['rujan', 'rujna'], [], ['studeni', 'studenoga', 'studenog'], ['prosinac', 'prosinca'],
  ],
  sl: [
    ['januar'], ['februar'], ['marec', 'marca'], ['april'], ['maj'], ['junij', 'junija'],
    ['julij', 'julija'], ['avgust'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  bg: [
    ['януари'], ['февруари'], ['март'], ['април'], ['май'], ['юни'],
    ['юли'], ['август'], ['септември'], ['октомври'], ['ноември'], ['декември'],
  ],
  sk: [
    ['január', 'januára'], ['február', 'februára'], ['marec', 'marca'], ['apríl', 'apríla'], ['máj', 'mája'], ['jún', 'júna'],
    ['júl', 'júla'], ['august', 'augusta'], ['september', 'septembra'], ['október', 'októbra'], ['november', 'novembra'], ['december', 'decembra'],
  ],
  ca: [
    ['gener'], ['febrer'], ['març'], ['abril'], ['maig'], ['juny'],
    ['juliol'], ['agost'], ['setembre'], ['octubre'], ['novembre'], ['desembre'],
  ],
  // Hebrew, with the prefix "ב" ("in") that dates write: "25 בפברואר 2021".
  he: [
    ['ינואר', 'בינואר'], ['פברואר', 'בפברואר'], ['מרץ', 'במרץ', 'מרס', 'במרס'], ['אפריל', 'באפריל'], ['מאי', 'במאי'], ['יוני', 'ביוני'],
    ['יולי', 'ביולי'], ['אוגוסט', 'באוגוסט'], ['ספטמבר', 'בספטמבר'], ['אוקטובר', 'באוקטובר'], ['נובמבר', 'בנובמבר'], ['דצמבר', 'בדצמבר'],
  ],
  // Hindi and Bengali: folding drops vowel signs, so spelling variants ("सितंबर"/"सितम्बर") mostly meet.
  hi: [
    ['जनवरी'], ['फ़रवरी', 'फरवरी'], ['मार्च'], ['अप्रैल'], ['मई'], ['जून'],
    ['जुलाई'], ['अगस्त'], ['सितंबर', 'सितम्बर'], ['अक्टूबर', 'अक्तूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर'],
  ],
  bn: [
    ['জানুয়ারি', 'জানুয়ারী'], ['ফেব্রুয়ারি', 'ফেব্রুয়ারী'], ['মার্চ'], ['এপ্রিল'], ['মে'], ['জুন'],
    ['জুলাই'], ['আগস্ট', 'অগাস্ট'], ['সেপ্টেম্বর'], ['অক্টোবর'], ['নভেম্বর'], ['ডিসেম্বর'],
  ],
  // Arabic: the Egyptian/Gulf names (from the Latin ones), the Levantine/Iraqi (Syriac) names, and the
  // Maghreb (French-derived) names. Pages often print two together: "فبراير/شباط".
  ar: [
    ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي'], ['فبراير', 'شباط', 'فيفري'], ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'نيسان', 'أفريل'], ['مايو', 'أيار', 'ماي'], ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويلية'], ['أغسطس', 'آب', 'أوت'], ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'تشرين الأول', 'تشرين أول'], ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني'], ['ديسمبر', 'كانون الأول', 'كانون أول'],
  ],
};
