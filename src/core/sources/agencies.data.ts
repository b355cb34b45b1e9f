/**
 * News agencies Backstory recognises in credits, datelines and bylines, and on their own sites.
 * `names` match anywhere a credit is expected (case-insensitive, whole words); `codes` are short
 * forms that are ordinary words or initials elsewhere ("AP", "PA", "TT"), so they only match in
 * strict credit shapes: "(AP)", "— AFP", "/dpa", "avec AFP", "© AP". Facts: the agencies' own sites
 * and their Wikipedia articles (profileSource says which). Every other news agency of the outlet
 * registry is added to these for credits (src/core/sources/registry.ts), with the spellings it can
 * safely match.
 */
export interface AgencyRecord {
  name: string;
  shortName: string;
  names: string[];
  codes: string[];
  domains: string[];
  country: string;
  timezone: string;
}

const a = (
  name: string,
  shortName: string,
  names: string[],
  codes: string[],
  domains: string[],
  country: string,
  timezone: string,
): AgencyRecord => ({ name, shortName, names, codes, domains, country, timezone });

/** The table. Keep one line per agency; a test checks names/codes are unique. */
export const AGENCIES: AgencyRecord[] = [
  a('Associated Press', 'AP', ['Associated Press', 'The Associated Press', 'أسوشيتد برس', 'أسوشيتدبرس'], ['AP'], ['apnews.com', 'ap.org'], 'US', 'America/New_York'),
  a('Reuters', 'Reuters', ['Reuters', 'Thomson Reuters', 'رويترز', 'Рейтер', 'Рейтерс', 'ロイター', '路透社', '로이터'], [], ['reuters.com'], 'GB', 'Europe/London'),
  a('Agence France-Presse', 'AFP', ['Agence France-Presse', 'Agence France Presse', 'France-Presse', 'فرانس برس', 'وكالة فرانس برس', 'Франс Пресс', '法新社'], ['AFP', 'أ ف ب', 'ا ف ب'], ['afp.com'], 'FR', 'Europe/Paris'),
  a('Anadolu Agency', 'AA', ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi', 'Anadolu', 'وكالة الأناضول', 'الأناضول'], ['AA'], ['aa.com.tr'], 'TR', 'Europe/Istanbul'),
  a('Deutsche Presse-Agentur', 'dpa', ['Deutsche Presse-Agentur', 'Deutsche Presse Agentur', 'وكالة الأنباء الألمانية'], ['dpa', 'د ب أ', 'د.ب.أ'], ['dpa.com', 'dpa.de'], 'DE', 'Europe/Berlin'),
  a('EFE', 'EFE', ['Agencia EFE', 'EFE'], [], ['efe.com'], 'ES', 'Europe/Madrid'),
  a('ANSA', 'ANSA', ['ANSA'], [], ['ansa.it'], 'IT', 'Europe/Rome'),
  a('Agenzia Italia', 'AGI', ['Agenzia Italia'], ['AGI'], ['agi.it'], 'IT', 'Europe/Rome'),
  a('Xinhua News Agency', 'Xinhua', ['Xinhua', 'Xinhua News Agency', '新华社', '新華社', 'شينخوا', 'Синьхуа'], [], ['xinhuanet.com', 'news.cn'], 'CN', 'Asia/Shanghai'),
  a('TASS', 'TASS', ['TASS', 'ТАСС', 'ITAR-TASS'], [], ['tass.com', 'tass.ru'], 'RU', 'Europe/Moscow'),
  a('RIA Novosti', 'RIA', ['RIA Novosti', 'РИА Новости'], [], ['ria.ru'], 'RU', 'Europe/Moscow'),
  a('Interfax', 'Interfax', ['Interfax', 'Интерфакс'], [], ['interfax.ru', 'interfax.com'], 'RU', 'Europe/Moscow'),
  a('Sputnik', 'Sputnik', ['Sputnik News', 'Sputnik'], [], ['sputniknews.com'], 'RU', 'Europe/Moscow'),
  a('Kyodo News', 'Kyodo', ['Kyodo News', 'Kyodo', '共同通信', '共同通信社'], ['共同'], ['kyodonews.net', 'kyodonews.jp'], 'JP', 'Asia/Tokyo'),
  a('Jiji Press', 'Jiji', ['Jiji Press', 'Jiji', '時事通信', '時事通信社'], ['時事'], ['jiji.com'], 'JP', 'Asia/Tokyo'),
  a('Yonhap News Agency', 'Yonhap', ['Yonhap News Agency', 'Yonhap', '연합뉴스'], [], ['yna.co.kr', 'yonhapnews.co.kr'], 'KR', 'Asia/Seoul'),
  a('Press Trust of India', 'PTI', ['Press Trust of India'], ['PTI'], ['ptinews.com'], 'IN', 'Asia/Kolkata'),
  a('Indo-Asian News Service', 'IANS', ['Indo-Asian News Service'], ['IANS'], ['ianslive.in'], 'IN', 'Asia/Kolkata'),
  a('Asian News International', 'ANI', ['Asian News International'], ['ANI'], ['aninews.in'], 'IN', 'Asia/Kolkata'),
  a('United Press International', 'UPI', ['United Press International'], ['UPI'], ['upi.com'], 'US', 'America/New_York'),
  a('Bloomberg News', 'Bloomberg', ['Bloomberg News', 'Bloomberg'], [], ['bloomberg.com'], 'US', 'America/New_York'),
  a('Dow Jones Newswires', 'Dow Jones', ['Dow Jones Newswires', 'Dow Jones'], [], ['dowjones.com'], 'US', 'America/New_York'),
  a('The Canadian Press', 'CP', ['The Canadian Press', 'Canadian Press', 'La Presse Canadienne'], ['CP'], ['thecanadianpress.com'], 'CA', 'America/Toronto'),
  a('Australian Associated Press', 'AAP', ['Australian Associated Press'], ['AAP'], ['aap.com.au'], 'AU', 'Australia/Sydney'),
  a('PA Media', 'PA', ['PA Media', 'Press Association', 'PA Wire'], ['PA'], ['pa.media'], 'GB', 'Europe/London'),
  a('Europa Press', 'Europa Press', ['Europa Press'], [], ['europapress.es'], 'ES', 'Europe/Madrid'),
  a('Agência Lusa', 'Lusa', ['Agência Lusa', 'Lusa'], [], ['lusa.pt'], 'PT', 'Europe/Lisbon'),
  a('Agência Brasil', 'ABr', ['Agência Brasil', 'Agencia Brasil'], [], ['agenciabrasil.ebc.com.br'], 'BR', 'America/Sao_Paulo'),
  // The agency of Grupo Estado; credited as "Estadão Conteúdo". No domain: estadao.com.br is the newspaper's site.
  a('Agência Estado', 'AE', ['Agência Estado', 'Estadão Conteúdo', 'Estadao Conteudo'], [], [], 'BR', 'America/Sao_Paulo'),
  a('Belga', 'Belga', ['Belga'], [], ['belga.be'], 'BE', 'Europe/Brussels'),
  a('Algemeen Nederlands Persbureau', 'ANP', ['Algemeen Nederlands Persbureau'], ['ANP'], ['anp.nl'], 'NL', 'Europe/Amsterdam'),
  a('Austria Presse Agentur', 'APA', ['Austria Presse Agentur'], ['APA'], ['apa.at'], 'AT', 'Europe/Vienna'),
  a('Keystone-SDA', 'SDA', ['Keystone-SDA', 'Keystone-ATS'], ['SDA', 'ATS'], ['keystone-sda.ch'], 'CH', 'Europe/Zurich'),
  a('Evangelischer Pressedienst', 'epd', ['Evangelischer Pressedienst'], ['epd'], ['epd.de'], 'DE', 'Europe/Berlin'),
  a('TT Nyhetsbyrån', 'TT', ['TT Nyhetsbyrån'], ['TT'], ['tt.se'], 'SE', 'Europe/Stockholm'),
  a('Norsk Telegrambyrå', 'NTB', ['Norsk Telegrambyrå'], ['NTB'], ['ntb.no'], 'NO', 'Europe/Oslo'),
  a('Ritzau', 'Ritzau', ['Ritzau', 'Ritzaus Bureau'], [], ['ritzau.dk'], 'DK', 'Europe/Copenhagen'),
  a('Suomen Tietotoimisto', 'STT', ['Suomen Tietotoimisto'], ['STT'], ['stt.fi'], 'FI', 'Europe/Helsinki'),
  a('Polska Agencja Prasowa', 'PAP', ['Polska Agencja Prasowa'], ['PAP'], ['pap.pl'], 'PL', 'Europe/Warsaw'),
  a('Czech News Agency', 'ČTK', ['Czech News Agency', 'Česká tisková kancelář'], ['ČTK', 'CTK'], ['ctk.cz'], 'CZ', 'Europe/Prague'),
  a('Hungarian News Agency', 'MTI', ['Magyar Távirati Iroda'], ['MTI'], ['mti.hu'], 'HU', 'Europe/Budapest'),
  a('Agerpres', 'Agerpres', ['Agerpres'], [], ['agerpres.ro'], 'RO', 'Europe/Bucharest'),
  a('Bulgarian News Agency', 'BTA', ['Bulgarian News Agency'], ['BTA'], ['bta.bg'], 'BG', 'Europe/Sofia'),
  a('Ukrinform', 'Ukrinform', ['Ukrinform', 'Укрінформ'], [], ['ukrinform.net', 'ukrinform.ua'], 'UA', 'Europe/Kyiv'),
  a('Armenpress', 'Armenpress', ['Armenpress'], [], ['armenpress.am'], 'AM', 'Asia/Yerevan'),
  a('Azerbaijan State News Agency', 'AZERTAC', ['AZERTAC', 'Azertag'], [], ['azertag.az'], 'AZ', 'Asia/Baku'),
  a('Islamic Republic News Agency', 'IRNA', ['Islamic Republic News Agency'], ['IRNA'], ['irna.ir'], 'IR', 'Asia/Tehran'),
  a('Middle East News Agency', 'MENA', ['Middle East News Agency', 'وكالة أنباء الشرق الأوسط'], ['MENA', 'أ ش أ'], ['mena.org.eg'], 'EG', 'Africa/Cairo'),
  a('Saudi Press Agency', 'SPA', ['Saudi Press Agency', 'وكالة الأنباء السعودية'], ['SPA', 'واس'], ['spa.gov.sa'], 'SA', 'Asia/Riyadh'),
  a('Emirates News Agency', 'WAM', ['Emirates News Agency', 'وكالة أنباء الإمارات'], ['WAM', 'وام'], ['wam.ae'], 'AE', 'Asia/Dubai'),
  a('Kuwait News Agency', 'KUNA', ['Kuwait News Agency', 'وكالة الأنباء الكويتية'], ['KUNA', 'كونا'], ['kuna.net.kw'], 'KW', 'Asia/Kuwait'),
  a('Qatar News Agency', 'QNA', ['Qatar News Agency', 'وكالة الأنباء القطرية'], ['QNA', 'قنا'], ['qna.org.qa'], 'QA', 'Asia/Qatar'),
  a('Maghreb Arabe Presse', 'MAP', ['Maghreb Arabe Presse'], ['MAP'], ['mapnews.ma'], 'MA', 'Africa/Casablanca'),
  a('Algérie Presse Service', 'APS', ['Algérie Presse Service'], ['APS'], ['aps.dz'], 'DZ', 'Africa/Algiers'),
  a('Tunis Afrique Presse', 'TAP', ['Tunis Afrique Presse'], ['TAP'], ['tap.info.tn'], 'TN', 'Africa/Tunis'),
  a('News Agency of Nigeria', 'NAN', ['News Agency of Nigeria'], ['NAN'], ['nannews.ng'], 'NG', 'Africa/Lagos'),
  a('WAFA', 'WAFA', ['WAFA'], [], ['wafa.ps'], 'PS', 'Asia/Hebron'),
  a('Antara', 'Antara', ['Antara', 'Antara News'], [], ['antaranews.com'], 'ID', 'Asia/Jakarta'),
  a('Bernama', 'Bernama', ['Bernama'], [], ['bernama.com'], 'MY', 'Asia/Kuala_Lumpur'),
  a('Central News Agency', 'CNA', ['Central News Agency', '中央社'], [], ['cna.com.tw', 'focustaiwan.tw'], 'TW', 'Asia/Taipei'),
  a('Vietnam News Agency', 'VNA', ['Vietnam News Agency'], ['VNA'], ['vnanet.vn'], 'VN', 'Asia/Ho_Chi_Minh'),
  a('Philippine News Agency', 'PNA', ['Philippine News Agency'], ['PNA'], ['pna.gov.ph'], 'PH', 'Asia/Manila'),
  a('Prensa Latina', 'PL', ['Prensa Latina'], [], ['prensa-latina.cu'], 'CU', 'America/Havana'),
  a('Télam', 'Télam', ['Télam', 'Telam'], [], ['telam.com.ar'], 'AR', 'America/Argentina/Buenos_Aires'),
  a('Notimex', 'Notimex', ['Notimex'], [], ['notimex.gob.mx'], 'MX', 'America/Mexico_City'),
  a('Inter Press Service', 'IPS', ['Inter Press Service'], ['IPS'], ['ipsnews.net'], 'IT', 'Europe/Rome'),
  a('Korean Central News Agency', 'KCNA', ['Korean Central News Agency'], ['KCNA'], ['kcna.kp'], 'KP', 'Asia/Pyongyang'),
  a('New Zealand Press Association', 'NZPA', ['New Zealand Press Association'], ['NZPA'], [], 'NZ', 'Pacific/Auckland'),
];
