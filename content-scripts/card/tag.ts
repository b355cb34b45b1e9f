/** The element name of the card's host; unique enough that no page will use it. Tests and tools look for it. */
export const CARD_TAG = 'backstory-overlay';
