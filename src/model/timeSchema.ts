/**
 * The time model of the format: a moment known to its precision or only within bounds, an event at
 * one such moment (an instant), and an event that lasted (a duration) between two of them. This is
 * the form the app works with; `timeInput.ts` reads every way a time may be written into it.
 */
import * as z from 'zod/mini';
import { IsoInstant, Text } from './schemaValues';
import { TIME_PRECISIONS } from './vocabulary';

/**
 * A moment in time: known to its precision (`at`), or known only within bounds (`notBefore`,
 * `notAfter`, with an optional best `estimate` between them). Values are ISO 8601 dates or
 * date-times; a date names a whole day, month or year in the dataset's time zone.
 */
export const TimePoint = z.strictObject({
  /** When it happened, to the precision written: "2022-01-05", "2022-01-05T15:00+06:00". */
  at: z.optional(IsoInstant),
  /** The earliest it can have happened: at or after the start of this value. */
  notBefore: z.optional(IsoInstant),
  /** The latest it can have happened: at or before the end of this value. */
  notAfter: z.optional(IsoInstant),
  /** The best estimate within the bounds; by default `notAfter`, else `notBefore`. */
  estimate: z.optional(IsoInstant),
  /** Coarser than the values are written: "hour" for "2022-01-05T15:00+06:00" read as "around 3 pm". */
  precision: z.optional(z.enum(TIME_PRECISIONS)),
  /** The source hedges: "around", "early on" (EDTF "~"). */
  approximate: z.optional(z.boolean()),
  /** The source is unsure it was then at all (EDTF "?"). */
  uncertain: z.optional(z.boolean()),
});

/** An event that happened at one moment, perhaps known only within bounds. */
export const InstantTime = z.extend(TimePoint, {
  /** How the time was established, in words: «"på søndag" in an article of Thursday 6 January 2022». */
  basis: z.optional(Text),
});

/** An event that lasted: from `start` to `end`, each a moment that may be uncertain in turn. */
export const DurationTime = z.strictObject({
  start: TimePoint,
  end: TimePoint,
  /** How the times were established, in words. */
  basis: z.optional(Text),
});

export type TimePoint = z.infer<typeof TimePoint>;
export type InstantTime = z.infer<typeof InstantTime>;
export type DurationTime = z.infer<typeof DurationTime>;
/** An event's time once read: an instant (perhaps within bounds) or a duration. */
export type EventTime = InstantTime | DurationTime;
