import { preferenceFormRoute } from "@/lib/server/http/preference-form";
import { COLOR_SCHEME_COOKIE, COLOR_SCHEMES } from "@/lib/shared/color-scheme";

export const dynamic = "force-dynamic";

/** The light/dark switch's form: "system" forgets the choice, so the device's setting applies again. */
export const POST = preferenceFormRoute({
  field: "scheme",
  values: COLOR_SCHEMES,
  cookie: COLOR_SCHEME_COOKIE,
  refusal: "api.schemeChoice",
  forgetOn: "system",
});
