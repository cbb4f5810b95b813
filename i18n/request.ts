import { getRequestConfig } from "next-intl/server";
import { getEnv } from "@/lib/server/env";
import { getAppLocale } from "@/lib/server/i18n/locale";
import { loadMessages } from "@/lib/server/i18n/messages";

// next-intl's per-request configuration (found by its plugin in next.config.js): the language and its
// messages. Times and money are formatted by lib/shared/coupons with the shopper's zone and the brand's
// currency, not by next-intl; its zone is the brand's all the same, because without one next-intl builds
// an Intl.DateTimeFormat on every request to read the server's own zone (about 0.4 ms of a page's render).
export default getRequestConfig(async () => {
  const locale = await getAppLocale();
  return { locale, messages: await loadMessages(locale), timeZone: getEnv().display.defaultTimeZone };
});
