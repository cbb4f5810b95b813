import { preferenceFormRoute } from "@/lib/server/http/preference-form";
import { LOCALE_COOKIE, LOCALES } from "@/lib/shared/i18n/locales";

export const dynamic = "force-dynamic";

/** The language switch's form: the page it came from is rendered again in the chosen language. */
export const POST = preferenceFormRoute({
  field: "locale",
  values: LOCALES,
  cookie: LOCALE_COOKIE,
  refusal: { key: "api.localeChoice", values: { locales: LOCALES.join(", ") } },
});
