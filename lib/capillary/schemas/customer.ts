import "server-only";

import { z } from "zod";

import { looseBoolean, looseId, looseList, tolerant } from "./common";

const identifierSchema = z.looseObject({
  type: z.string(),
  value: z.union([z.string(), z.number().transform(String)]),
});

/** `GET /v2/customers/{id}` and `/v2/customers/lookup/customerDetails`: identifiers live in `profiles[]`. */
export const customerSchema = z.looseObject({
  id: looseId,
  firstName: tolerant(z.string()),
  lastName: tolerant(z.string()),
  identifiers: looseList(identifierSchema.catch({ type: "", value: "" })),
  profiles: looseList(
    z
      .looseObject({
        firstName: tolerant(z.string()),
        lastName: tolerant(z.string()),
        identifiers: looseList(identifierSchema.catch({ type: "", value: "" })),
      })
      .catch({ identifiers: [] }),
  ),
});
export type RawCustomer = z.infer<typeof customerSchema>;

/** `{"entity": <customerId>, "warnings": []}`; the entity may also be an object carrying `id`. */
export const lookupSchema = z.looseObject({
  entity: tolerant(z.union([looseId, z.looseObject({ id: looseId })])),
});

export const oauthTokenSchema = z.looseObject({
  data: z.looseObject({
    accessToken: z.string().min(1),
    ttlSeconds: z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number().positive()),
  }),
});

export const otpValidateSchema = z.looseObject({
  entity: tolerant(looseBoolean),
});
