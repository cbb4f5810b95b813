import "server-only";

import { z } from "zod";

/**
 * Building blocks for tolerant readers of Capillary JSON. Capillary sends the same field as a number in v2
 * and a string in v1.1, adds fields without notice and leaves others out; only the few fields we cannot
 * do without are strict, the rest fall back to `undefined` instead of failing a whole wallet.
 */

const NUMERIC = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** A number, also when sent as a numeric string ("10"). */
export const looseNumber = z.preprocess(
  (value) => (typeof value === "string" && NUMERIC.test(value) ? Number(value) : value),
  z.number(),
);

/** An id sent as a number (v2) or a string (v1.1); kept as a string so large ids cannot lose digits later. */
export const looseId = z
  .union([
    z.number().int(),
    z
      .string()
      .trim()
      .regex(/^-?\d+$/),
  ])
  .transform((value) => String(value).trim());

/** true/false, also "true"/"false"/"1"/"0" as v1.1 sends them. */
export const looseBoolean = z.preprocess((value) => {
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "true" || text === "1") return true;
    if (text === "false" || text === "0") return false;
  }
  if (value === 1) return true;
  if (value === 0) return false;
  return value;
}, z.boolean());

/**
 * Optional and forgiving: absent, null or of an unexpected type all read as `undefined`.
 * Use for fields whose absence only degrades what we show.
 */
export function tolerant<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** A list that may arrive as a single object (v1.1's XML heritage) or be absent. */
export function looseList<T extends z.ZodType>(item: T) {
  return z
    .preprocess(
      (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
      z.array(item),
    )
    .catch([]);
}

/** A store or till reference: `{id, code, name}` (v2), `{code, name}` (v1.1) or just a code string. */
export const storeRefSchema = z.union([
  z.object({
    id: tolerant(looseId),
    code: tolerant(z.string()),
    name: tolerant(z.string()),
    description: tolerant(z.string()),
  }),
  z.string().transform((code) => ({ code, id: undefined, name: undefined, description: undefined })),
]);
export type RawStoreRef = z.infer<typeof storeRefSchema>;

const looseText = z.union([z.string(), z.number().transform(String)]);

/**
 * One redemption. The docs never show a filled v2 `redemptionInfo` entry, so every spelling we have seen or
 * can reasonably expect is accepted: the paginated list's `redemptions[]` (`id`, `date`, `dateISO`,
 * `transactionNumber`, `redeemedAt`), v1.1's `redemption_info` and the emulator's invented entry.
 */
export const redemptionEntrySchema = z.object({
  redemptionId: tolerant(looseId),
  id: tolerant(looseId),
  redemptionDate: tolerant(z.string()),
  redeemedOn: tolerant(z.string()),
  redeemedDate: tolerant(z.string()),
  redeemed_on: tolerant(z.string()),
  redemptionTime: tolerant(z.string()),
  date: tolerant(z.string()),
  dateISO: tolerant(z.string()),
  transactionNumber: tolerant(z.union([z.string(), z.number().transform(String)])),
  billNumber: tolerant(z.union([z.string(), z.number().transform(String)])),
  bill_number: tolerant(z.union([z.string(), z.number().transform(String)])),
  transaction: tolerant(
    z.object({
      bill_number: tolerant(z.union([z.string(), z.number().transform(String)])),
      number: tolerant(z.union([z.string(), z.number().transform(String)])),
    }),
  ),
  redeemedAtStore: tolerant(storeRefSchema),
  store: tolerant(storeRefSchema),
  storeName: tolerant(z.string()),
  redeemed_at: tolerant(z.string()),
  redeemedAt: tolerant(storeRefSchema),
  redeemedAtTill: tolerant(storeRefSchema),
  till: tolerant(storeRefSchema),
  redeemed_by: tolerant(
    z.looseObject({
      firstname: tolerant(looseText),
      lastname: tolerant(looseText),
      name: tolerant(looseText),
    }),
  ),
  redeemed: tolerant(looseBoolean),
});
export type RawRedemptionEntry = z.infer<typeof redemptionEntrySchema>;
