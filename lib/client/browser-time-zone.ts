// The browser's own time zone, and whether a wallet drawn in another zone name already shows its times.
//
// Intl answers "which zone?" only by building a date formatter, and a page's first formatter costs ICU's
// set-up: 160-300 ms on a phone-speed CPU (Chromium 156, 4x slowdown), a long task on every first visit.
// Temporal (Chrome 144+, Firefox 139+) reads the zone without one, in well under a millisecond.
//
// Zones have more than one name: Chrome reports "Asia/Calcutta" where the brand's settings and the IANA
// database say "Asia/Kolkata". Compared as strings, every Indian shopper's first visit redrew each card to
// write the very same times.

interface TemporalLike {
  Now: { timeZoneId(): string };
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(zone: string): { equals(other: unknown): boolean };
    };
  };
}

function temporal(): TemporalLike | undefined {
  const candidate = (globalThis as { Temporal?: TemporalLike }).Temporal;
  return typeof candidate?.Now?.timeZoneId === "function" ? candidate : undefined;
}

export function browserTimeZone(): string {
  return temporal()?.Now.timeZoneId() || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Whether two names mean one zone (an alias, or the same name); false for a name this browser doesn't know. */
export function sameTimeZone(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const T = temporal();
    // ZonedDateTime#equals compares zones by their primary IANA identifier, so aliases are equal.
    if (T) {
      const epoch = T.Instant.fromEpochMilliseconds(0);
      return epoch.toZonedDateTimeISO(a).equals(epoch.toZonedDateTimeISO(b));
    }
    // ICU resolves every alias to one canonical name.
    const canonical = (zone: string) =>
      new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    return canonical(a) === canonical(b);
  } catch {
    return false;
  }
}

/**
 * What a screen drawn in the server's zone does once it knows the browser's: redraw in another zone only
 * when the zone really differs, and tell the server (a cookie) where this browser is when it only guessed,
 * so the next first paint is already right and this check can wait until the page has settled.
 */
export function zoneDecision(
  browserZone: string,
  server: { timeZone: string; zoneFromBrowser?: boolean | undefined },
): { redrawIn: string | null; remember: string | null } {
  const same = sameTimeZone(browserZone, server.timeZone);
  return {
    redrawIn: same ? null : browserZone,
    remember: same && server.zoneFromBrowser ? null : browserZone,
  };
}
