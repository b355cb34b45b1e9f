/**
 * Zone abbreviations printed after times. `fixed` is an offset in minutes; `iana` names a zone whose
 * offset depends on the date (US "ET" is EST or EDT), resolved with Intl for the date at hand.
 * Ambiguous abbreviations (IST: India/Ireland/Israel; CST: US/China) follow their most common news use.
 */
export const ZONE_ABBREVIATIONS: Record<string, { fixed?: number; iana?: string }> = {
  UTC: { fixed: 0 }, GMT: { fixed: 0 }, Z: { fixed: 0 }, UT: { fixed: 0 },
  ET: { iana: 'America/New_York' }, EST: { fixed: -300 }, EDT: { fixed: -240 },
  CT: { iana: 'America/Chicago' }, CST: { fixed: -360 }, CDT: { fixed: -300 },
  MT: { iana: 'America/Denver' }, MST: { fixed: -420 }, MDT: { fixed: -360 },
  PT: { iana: 'America/Los_Angeles' }, PST: { fixed: -480 }, PDT: { fixed: -420 },
  AKST: { fixed: -540 }, AKDT: { fixed: -480 }, HST: { fixed: -600 },
  BST: { fixed: 60 }, IST: { fixed: 330 }, WET: { fixed: 0 }, WEST: { fixed: 60 },
  CET: { fixed: 60 }, CEST: { fixed: 120 }, MEZ: { fixed: 60 }, MESZ: { fixed: 120 },
  EET: { fixed: 120 }, EEST: { fixed: 180 }, MSK: { fixed: 180 }, TRT: { fixed: 180 },
  JST: { fixed: 540 }, KST: { fixed: 540 }, HKT: { fixed: 480 }, SGT: { fixed: 480 }, PHT: { fixed: 480 },
  WIB: { fixed: 420 }, ICT: { fixed: 420 }, PKT: { fixed: 300 },
  AEST: { fixed: 600 }, AEDT: { fixed: 660 }, ACST: { fixed: 570 }, AWST: { fixed: 480 }, NZST: { fixed: 720 }, NZDT: { fixed: 780 },
  SAST: { fixed: 120 }, WAT: { fixed: 60 }, CAT: { fixed: 120 }, EAT: { fixed: 180 },
  BRT: { fixed: -180 }, ART: { fixed: -180 },
};
