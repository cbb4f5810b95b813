import "server-only";

import { TZDate } from "@date-fns/tz";

import type { Instant } from "../types";

/**
 * Capillary's dates, in the shapes the docs show:
 * - v2 instants with an offset (`2025-05-29T23:59:59Z`, `2020-05-18T23:59:59+05:30`): kept as sent, because
 *   the offset is what the brand's staff see and rewriting it to UTC would change the visible wall time;
 * - v1.1 `valid_till` as `DD-MM-YYYY`: a whole day, so it ends at 23:59:59 in the org's zone;
 * - v1.1 `YYYY-MM-DD HH:MM:SS` (and v2 values that lost their offset): wall time in the org's zone.
 * Anything else is `null` (callers log it) rather than a guess.
 */

const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|z|[+-]\d{2}:?\d{2})$/;
const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?)?$/;
const DAY_FIRST = /^(\d{2})-(\d{2})-(\d{4})$/;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** `+05:30` style offset for minutes east of UTC; `Z` for zero. */
function formatOffset(minutesEast: number): string {
  if (minutesEast === 0) return "Z";
  const sign = minutesEast > 0 ? "+" : "-";
  const abs = Math.abs(minutesEast);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wall-clock time in `timeZone` → ISO string with that zone's offset at that moment (DST-aware). */
function zonedWallTimeToInstant(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone: string,
): Instant | null {
  const { year, month, day, hour, minute, second } = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  // Reject 31-02 and friends, which Date would roll over into the next month.
  if (Number.isNaN(date.getTime()) || date.getDate() !== day || date.getMonth() !== month - 1) return null;
  const wall = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${wall}T${time}${formatOffset(-date.getTimezoneOffset())}`;
}

/** Any Capillary date-time → `Instant`, or null when absent/unreadable. */
export function toInstant(value: string | null | undefined, timeZone: string): Instant | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  const withOffset = WITH_OFFSET.exec(text);
  if (withOffset) {
    const [, date, time, offset = "Z"] = withOffset;
    const normalisedOffset = /^[zZ]$/.test(offset)
      ? "Z"
      : offset.includes(":")
        ? offset
        : `${offset.slice(0, 3)}:${offset.slice(3)}`;
    const instant = `${date}T${time}${normalisedOffset}`;
    return Number.isNaN(Date.parse(instant)) ? null : instant;
  }
  const zoneless = ZONELESS.exec(text);
  if (zoneless) {
    const [, y, mo, d, h = "0", mi = "0", s = "0"] = zoneless;
    return zonedWallTimeToInstant(
      {
        year: Number(y),
        month: Number(mo),
        day: Number(d),
        hour: Number(h),
        minute: Number(mi),
        second: Number(s),
      },
      timeZone,
    );
  }
  return null;
}

/** v1.1 `valid_till` (`DD-MM-YYYY`, also tolerating ISO forms): the end of that day in the org's zone. */
export function toEndOfDayInstant(value: string | null | undefined, timeZone: string): Instant | null {
  if (typeof value !== "string") return null;
  const dayFirst = DAY_FIRST.exec(value.trim());
  if (dayFirst) {
    const [, d, mo, y] = dayFirst;
    return zonedWallTimeToInstant(
      { year: Number(y), month: Number(mo), day: Number(d), hour: 23, minute: 59, second: 59 },
      timeZone,
    );
  }
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (dateOnly) {
    const [, y, mo, d] = dateOnly;
    return zonedWallTimeToInstant(
      { year: Number(y), month: Number(mo), day: Number(d), hour: 23, minute: 59, second: 59 },
      timeZone,
    );
  }
  return toInstant(value, timeZone);
}

/** True when the instant is after 1970-01-01T00:00:00Z (Capillary's "not set" is the epoch). */
export function isAfterEpoch(instant: Instant | null): instant is Instant {
  return instant !== null && Date.parse(instant) > 0;
}
