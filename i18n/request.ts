import { getRequestConfig } from "next-intl/server";
import { getAppLocale } from "@/lib/server/i18n/locale";
import { loadMessages } from "@/lib/server/i18n/messages";

// next-intl's per-request configuration (found by its plugin in next.config.js): the language and its
// messages only. Times and money are formatted by lib/shared/coupons with the brand's zone and currency.
export default getRequestConfig(async () => {
  const locale = await getAppLocale();
  return { locale, messages: await loadMessages(locale) };
});
