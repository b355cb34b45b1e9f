/**
 * The words between two names that make the second an alias of the first: "Nagorno-Karabakh, also
 * known as Upper Karabakh", "X (also called Y)", "X, aka Y". Tested against the text between the
 * two mentions, so it is anchored at both ends.
 */
export const ALSO_KNOWN_AS = /^,?\s*(?:(?:also|formerly|better|otherwise|widely|locally)\s+)?(?:known|called|referred\s+to)\s+as\s+(?:the\s+)?$|^\s*\((?:also\s+)?(?:known\s+as|called|aka|a\.k\.a\.)\s+$|^,?\s*(?:aka|a\.k\.a\.)\s+$/i;
