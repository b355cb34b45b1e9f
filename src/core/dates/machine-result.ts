import type { DateParts } from './date-parts';

/**
 * What a machine-format parser says: the parts; `REJECTED` when the value is in its format but
 * impossible ("2021-02-30", "T25:00"), so no other reading may rescue it; or null when the value
 * is not in its format at all, and the next parser may try.
 */
export const REJECTED = 'rejected';
export type MachineResult = DateParts | typeof REJECTED | null;
