// Capillary shows demo orgs in Asia/Kolkata. India has had no daylight saving since 1945, so a fixed
// +05:30 shift is exact and avoids a time-zone library.
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;
export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function istFields(d: Date) {
  const s = new Date(d.getTime() + IST_OFFSET_MS);
  return {
    y: pad(s.getUTCFullYear(), 4),
    mo: pad(s.getUTCMonth() + 1),
    d: pad(s.getUTCDate()),
    h: pad(s.getUTCHours()),
    mi: pad(s.getUTCMinutes()),
    s: pad(s.getUTCSeconds()),
  };
}

// Bulk lists format the same few dozen instants thousands of times; remembering them keeps a 5,000-coupon
// list cheap. Bounded so a long-running server cannot grow it without limit.
const isoMemo = new Map<number, string>();

/** `2019-10-31T17:15:02+05:30`, the v2 style for demo data. */
export function toIstIso(date: Date): string {
  const t = date.getTime();
  let text = isoMemo.get(t);
  if (text === undefined) {
    const f = istFields(date);
    text = `${f.y}-${f.mo}-${f.d}T${f.h}:${f.mi}:${f.s}+05:30`;
    if (isoMemo.size >= 20_000) isoMemo.clear();
    isoMemo.set(t, text);
  }
  return text;
}

/** `2019-10-31`, used by the `...Format` fields of a series. */
export function toIstDate(date: Date): string {
  const f = istFields(date);
  return `${f.y}-${f.mo}-${f.d}`;
}

/** v1.1 `issued_on` / `valid_from` / `redeemed_on`: org-local wall time with no zone. */
export function toV1DateTime(date: Date): string {
  const f = istFields(date);
  return `${f.y}-${f.mo}-${f.d} ${f.h}:${f.mi}:${f.s}`;
}

/** v1.1 `valid_till`: `DD-MM-YYYY`. */
export function toV1Date(date: Date): string {
  const f = istFields(date);
  return `${f.d}-${f.mo}-${f.y}`;
}

export function istStartOfDay(date: Date): Date {
  const shifted = date.getTime() + IST_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - IST_OFFSET_MS);
}

/** 23:59:59 org time on the same org-local day: how Capillary stamps a coupon's `validTill`. */
export function istEndOfDay(date: Date): Date {
  return new Date(istStartOfDay(date).getTime() + DAY_MS - 1000);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function floorToMinute(date: Date): Date {
  return new Date(date.getTime() - (date.getTime() % MINUTE_MS));
}
