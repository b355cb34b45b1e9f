/**
 * Zone abbreviations pages print after a time. An abbreviation either names one offset (`offset`,
 * minutes east of UTC: "EST" is −05:00 even when a page misuses it in July) or, when it is the
 * generic name of a zone with daylight saving time ("ET" = EST or EDT), the IANA zone whose offset
 * on the date at hand decides (`zone`; resolved with Intl, so historical US rules come for free).
 *
 * Ambiguous abbreviations follow their usual meaning in news: IST = India (not Ireland or Israel),
 * CST/CT = US Central (not China), BST = British Summer Time, GST = Gulf. "AST" (Atlantic or
 * Arabia) is left out: a wrong offset is worse than none.
 */
export interface ZoneAbbreviation {
  offset?: number;
  zone?: string;
}

export const ZONE_ABBREVIATIONS: Readonly<Record<string, ZoneAbbreviation>> = {
  // Universal
  UTC: { offset: 0 }, GMT: { offset: 0 }, UT: { offset: 0 }, Z: { offset: 0 },
  // North America
  ET: { zone: 'America/New_York' }, EST: { offset: -300 }, EDT: { offset: -240 },
  CT: { zone: 'America/Chicago' }, CST: { offset: -360 }, CDT: { offset: -300 },
  MT: { zone: 'America/Denver' }, MST: { offset: -420 }, MDT: { offset: -360 },
  PT: { zone: 'America/Los_Angeles' }, PST: { offset: -480 }, PDT: { offset: -420 },
  AKT: { zone: 'America/Anchorage' }, AKST: { offset: -540 }, AKDT: { offset: -480 }, HST: { offset: -600 },
  // South America
  BRT: { offset: -180 }, ART: { offset: -180 },
  // Europe
  WET: { offset: 0 }, WEST: { offset: 60 }, BST: { offset: 60 },
  CET: { offset: 60 }, CEST: { offset: 120 }, MEZ: { offset: 60 }, MESZ: { offset: 120 },
  EET: { offset: 120 }, EEST: { offset: 180 }, MSK: { offset: 180 }, 'МСК': { offset: 180 }, TRT: { offset: 180 },
  // Africa
  WAT: { offset: 60 }, CAT: { offset: 120 }, SAST: { offset: 120 }, EAT: { offset: 180 },
  // Asia
  GST: { offset: 240 }, PKT: { offset: 300 }, IST: { offset: 330 }, ICT: { offset: 420 }, WIB: { offset: 420 },
  WITA: { offset: 480 }, WIT: { offset: 540 }, HKT: { offset: 480 }, SGT: { offset: 480 }, PHT: { offset: 480 },
  JST: { offset: 540 }, KST: { offset: 540 },
  // Oceania
  AWST: { offset: 480 }, ACST: { offset: 570 }, ACDT: { offset: 630 },
  AET: { zone: 'Australia/Sydney' }, AEST: { offset: 600 }, AEDT: { offset: 660 },
  NZST: { offset: 720 }, NZDT: { offset: 780 },
};

/**
 * Abbreviations also accepted in lower or mixed case ("gmt", "по мск"); the others must be in
 * capitals, or French "est" and Spanish "art" would become zones.
 */
export const ANY_CASE_ZONES: ReadonlySet<string> = new Set(['UTC', 'GMT', 'MSK', 'МСК']);
