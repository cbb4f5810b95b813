import type { AbstractIntlMessages } from "next-intl";

/**
 * Only the messages a page's client components use: the browser never gets the rest. Each path is a
 * namespace ("coupon"), a part of one ("wallet.banner") or a single message ("common.tryAgain"); paths in
 * `without` are left out of what the others picked (a feature this deployment does not offer).
 */
export function pickMessages(
  messages: AbstractIntlMessages,
  paths: readonly string[],
  without: readonly string[] = [],
): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const parts = path.split(".");
    let found: AbstractIntlMessages | string | undefined = messages;
    for (const part of parts) found = typeof found === "object" ? found[part] : undefined;
    if (found === undefined) continue;
    let into = picked;
    for (const part of parts.slice(0, -1)) into = (into[part] ??= {}) as AbstractIntlMessages;
    into[parts.at(-1)!] = found;
  }
  return without.length === 0 ? picked : omit(picked, without);
}

function omit(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const [key, value] of Object.entries(messages)) {
    if (paths.includes(key)) continue;
    const deeper = paths.filter((p) => p.startsWith(`${key}.`)).map((p) => p.slice(key.length + 1));
    out[key] = deeper.length > 0 && typeof value === "object" ? omit(value, deeper) : value;
  }
  return out;
}
