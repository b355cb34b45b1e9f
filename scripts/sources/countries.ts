/**
 * Country facts the registry generator needs: the State Media Monitor's country names → ISO 3166-1
 * alpha-2, and each country's IANA time zone. `single` is true only where the whole country keeps one
 * civil time (so a CSV-only outlet may inherit it); for countries with several zones `zone` is the
 * capital's, used only as the default for curated outlets based there (curated rows override it).
 */
export interface CountryZone {
  zone: string;
  single: boolean;
}

const s = (zone: string): CountryZone => ({ zone, single: true });
const m = (zone: string): CountryZone => ({ zone, single: false });

export const COUNTRY_ZONES: Record<string, CountryZone> = {
  AF: s('Asia/Kabul'), AL: s('Europe/Tirane'), DZ: s('Africa/Algiers'), AO: s('Africa/Luanda'),
  AR: s('America/Argentina/Buenos_Aires'), AM: s('Asia/Yerevan'), AU: m('Australia/Sydney'), AT: s('Europe/Vienna'),
  AZ: s('Asia/Baku'), BH: s('Asia/Bahrain'), BD: s('Asia/Dhaka'), BY: s('Europe/Minsk'), BE: s('Europe/Brussels'),
  BJ: s('Africa/Porto-Novo'), BT: s('Asia/Thimphu'), BO: s('America/La_Paz'), BA: s('Europe/Sarajevo'),
  BW: s('Africa/Gaborone'), BR: m('America/Sao_Paulo'), BN: s('Asia/Brunei'), BG: s('Europe/Sofia'),
  BF: s('Africa/Ouagadougou'), BI: s('Africa/Bujumbura'), KH: s('Asia/Phnom_Penh'), CM: s('Africa/Douala'),
  CA: m('America/Toronto'), CF: s('Africa/Bangui'), TD: s('Africa/Ndjamena'), CL: m('America/Santiago'),
  CN: s('Asia/Shanghai'), CO: s('America/Bogota'), CG: s('Africa/Brazzaville'), CR: s('America/Costa_Rica'),
  HR: s('Europe/Zagreb'), CU: s('America/Havana'), CY: s('Asia/Nicosia'), CZ: s('Europe/Prague'),
  CI: s('Africa/Abidjan'), CD: m('Africa/Kinshasa'), DK: s('Europe/Copenhagen'), DJ: s('Africa/Djibouti'),
  DO: s('America/Santo_Domingo'), EC: m('America/Guayaquil'), EG: s('Africa/Cairo'), SV: s('America/El_Salvador'),
  ER: s('Africa/Asmara'), EE: s('Europe/Tallinn'), ET: s('Africa/Addis_Ababa'), FI: s('Europe/Helsinki'),
  FR: s('Europe/Paris'), GA: s('Africa/Libreville'), GE: s('Asia/Tbilisi'), DE: s('Europe/Berlin'),
  GH: s('Africa/Accra'), GR: s('Europe/Athens'), GT: s('America/Guatemala'), HT: s('America/Port-au-Prince'),
  HN: s('America/Tegucigalpa'), HK: s('Asia/Hong_Kong'), HU: s('Europe/Budapest'), IS: s('Atlantic/Reykjavik'),
  IN: s('Asia/Kolkata'), ID: m('Asia/Jakarta'), IR: s('Asia/Tehran'), IQ: s('Asia/Baghdad'), IE: s('Europe/Dublin'),
  IL: s('Asia/Jerusalem'), IT: s('Europe/Rome'), JM: s('America/Jamaica'), JP: s('Asia/Tokyo'), JO: s('Asia/Amman'),
  KZ: m('Asia/Almaty'), KE: s('Africa/Nairobi'), KW: s('Asia/Kuwait'), KG: s('Asia/Bishkek'), LA: s('Asia/Vientiane'),
  LV: s('Europe/Riga'), LB: s('Asia/Beirut'), LS: s('Africa/Maseru'), LR: s('Africa/Monrovia'), LY: s('Africa/Tripoli'),
  LI: s('Europe/Vaduz'), LT: s('Europe/Vilnius'), LU: s('Europe/Luxembourg'), MO: s('Asia/Macau'),
  MG: s('Indian/Antananarivo'), MW: s('Africa/Blantyre'), MY: s('Asia/Kuala_Lumpur'), MT: s('Europe/Malta'),
  MR: s('Africa/Nouakchott'), MX: m('America/Mexico_City'), MD: s('Europe/Chisinau'), MN: m('Asia/Ulaanbaatar'),
  ME: s('Europe/Podgorica'), MA: s('Africa/Casablanca'), MZ: s('Africa/Maputo'), MM: s('Asia/Yangon'),
  NA: s('Africa/Windhoek'), NP: s('Asia/Kathmandu'), NL: s('Europe/Amsterdam'), NZ: m('Pacific/Auckland'),
  NI: s('America/Managua'), NE: s('Africa/Niamey'), NG: s('Africa/Lagos'), KP: s('Asia/Pyongyang'),
  MK: s('Europe/Skopje'), NO: s('Europe/Oslo'), OM: s('Asia/Muscat'), PK: s('Asia/Karachi'), PS: m('Asia/Gaza'),
  PA: s('America/Panama'), PY: s('America/Asuncion'), PE: s('America/Lima'), PH: s('Asia/Manila'), PL: s('Europe/Warsaw'),
  PT: m('Europe/Lisbon'), PR: s('America/Puerto_Rico'), QA: s('Asia/Qatar'), RO: s('Europe/Bucharest'),
  RU: m('Europe/Moscow'), RW: s('Africa/Kigali'), SA: s('Asia/Riyadh'), SN: s('Africa/Dakar'), RS: s('Europe/Belgrade'),
  SG: s('Asia/Singapore'), SK: s('Europe/Bratislava'), SI: s('Europe/Ljubljana'), SO: s('Africa/Mogadishu'),
  ZA: s('Africa/Johannesburg'), KR: s('Asia/Seoul'), SS: s('Africa/Juba'), ES: m('Europe/Madrid'), LK: s('Asia/Colombo'),
  SD: s('Africa/Khartoum'), SE: s('Europe/Stockholm'), CH: s('Europe/Zurich'), SY: s('Asia/Damascus'), TW: s('Asia/Taipei'),
  TJ: s('Asia/Dushanbe'), TZ: s('Africa/Dar_es_Salaam'), TH: s('Asia/Bangkok'), GM: s('Africa/Banjul'), TG: s('Africa/Lome'),
  TN: s('Africa/Tunis'), TR: s('Europe/Istanbul'), TM: s('Asia/Ashgabat'), AE: s('Asia/Dubai'), UG: s('Africa/Kampala'),
  UA: s('Europe/Kyiv'), GB: s('Europe/London'), US: m('America/New_York'), UY: s('America/Montevideo'),
  UZ: s('Asia/Tashkent'), VA: s('Europe/Vatican'), VE: s('America/Caracas'), VN: s('Asia/Ho_Chi_Minh'), YE: s('Asia/Aden'),
  ZM: s('Africa/Lusaka'), ZW: s('Africa/Harare'), SL: s('Africa/Freetown'), GN: s('Africa/Conakry'), ML: s('Africa/Bamako'),
  FJ: s('Pacific/Fiji'), MV: s('Indian/Maldives'), MU: s('Indian/Mauritius'),
};

/** Country names as State_Media_Matrix.csv writes them → ISO 3166-1 alpha-2 (null: not a country). */
export const CSV_COUNTRY_CODES: Record<string, string | null> = {
  Afghanistan: 'AF', Albania: 'AL', Algeria: 'DZ', Angola: 'AO', Argentina: 'AR', Armenia: 'AM', Australia: 'AU',
  Austria: 'AT', Azerbaijan: 'AZ', Bahrain: 'BH', Bangladesh: 'BD', Belarus: 'BY', Belgium: 'BE', Benin: 'BJ',
  Bhutan: 'BT', Bolivia: 'BO', 'Bosnia and Herzegovina': 'BA', Botswana: 'BW', Brazil: 'BR', Brunei: 'BN',
  Bulgaria: 'BG', 'Burkina Faso': 'BF', Burundi: 'BI', Cambodia: 'KH', Cameroon: 'CM', Canada: 'CA',
  'Central African Republic': 'CF', Chad: 'TD', Chile: 'CL', China: 'CN', Colombia: 'CO', Congo: 'CG',
  'Costa Rica': 'CR', Croatia: 'HR', Cuba: 'CU', Cyprus: 'CY', Czechia: 'CZ', "Côte d'Ivoire": 'CI', 'DR Congo': 'CD',
  Denmark: 'DK', Djibouti: 'DJ', 'Dominican Republic': 'DO', Ecuador: 'EC', Egypt: 'EG', 'El Salvador': 'SV',
  Eritrea: 'ER', Estonia: 'EE', Ethiopia: 'ET', 'Europen Union': null, Finland: 'FI', France: 'FR', Gabon: 'GA',
  Georgia: 'GE', Germany: 'DE', Ghana: 'GH', Greece: 'GR', Guatemala: 'GT', Haiti: 'HT', Honduras: 'HN',
  'Hong Kong': 'HK', Hungary: 'HU', Iceland: 'IS', India: 'IN', Indonesia: 'ID', Iran: 'IR', Iraq: 'IQ', Ireland: 'IE',
  Israel: 'IL', Italy: 'IT', Jamaica: 'JM', Japan: 'JP', Jordan: 'JO', Kazakhstan: 'KZ', Kenya: 'KE', Kuwait: 'KW',
  Laos: 'LA', Latvia: 'LV', Lebanon: 'LB', Lesotho: 'LS', Liberia: 'LR', Libya: 'LY', Liechtenstein: 'LI',
  Lithuania: 'LT', Macao: 'MO', Madagascar: 'MG', Malawi: 'MW', Malaysia: 'MY', Malta: 'MT', Mauritania: 'MR',
  Mexico: 'MX', Moldova: 'MD', Mongolia: 'MN', Montenegro: 'ME', Morocco: 'MA', Mozambique: 'MZ', Myanmar: 'MM',
  Namibia: 'NA', Nepal: 'NP', Netherlands: 'NL', 'New Zealand': 'NZ', Nicaragua: 'NI', Niger: 'NE', Nigeria: 'NG',
  'North Korea': 'KP', 'North Macedonia': 'MK', Norway: 'NO', Oman: 'OM', Pakistan: 'PK', 'Palestine territories': 'PS',
  Panama: 'PA', Paraguay: 'PY', Peru: 'PE', Philippines: 'PH', Poland: 'PL', Portugal: 'PT', Qatar: 'QA', Romania: 'RO',
  Russia: 'RU', Rwanda: 'RW', 'Saudi Arabia': 'SA', Senegal: 'SN', Serbia: 'RS', Singapore: 'SG', Slovakia: 'SK',
  Slovenia: 'SI', Somalia: 'SO', 'South Africa': 'ZA', 'South Korea': 'KR', 'South Sudan': 'SS', Spain: 'ES',
  'Sri Lanka': 'LK', Sudan: 'SD', Sweden: 'SE', Switzerland: 'CH', Syria: 'SY', Taiwan: 'TW', Tajikistan: 'TJ',
  Tanzania: 'TZ', Thailand: 'TH', 'The Gambia': 'GM', Togo: 'TG', Tunisia: 'TN', Turkey: 'TR', Turkmenistan: 'TM',
  UAE: 'AE', Uganda: 'UG', Ukraine: 'UA', 'United Kingdom': 'GB', 'United States of America': 'US', Uruguay: 'UY',
  Uzbekistan: 'UZ', 'Vatican City': 'VA', Venezuela: 'VE', Vietnam: 'VN', Yemen: 'YE', Zambia: 'ZM', Zimbabwe: 'ZW',
};
