"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";
import { useCustomerCoupons } from "@/lib/client/queries/staff/customer-coupons";
import { useFindCustomer, type CustomerSearch } from "@/lib/client/queries/staff/find-customer";
import { WalletTabs } from "@/components/shared/wallet-tabs";
import { CodeDisplayContext, type CodeDisplay } from "@/components/shared/code-display";
import { Revealable } from "./revealable";
import { CustomerDetails } from "./customer-details";
import { StatusMessage } from "./status-message";
import { provideCardWording } from "@/components/shared/use-coupon-texts";
import { describeCoupon } from "@/lib/shared/coupons/describe-coupon";

// No server words a customer's cards at the counter: the console words them itself, without a second load.
provideCardWording(describeCoupon);

interface Props {
  search: CustomerSearch;
  display: DisplaySettings & Wording;
  now: number;
}

/** A customer's codes arrive masked (bearer credentials); one can be revealed for a minute, audited. */
function maskedCodes(customerId: string, words: { code: string; codeNoun: string }): CodeDisplay {
  return {
    renderCode: (coupon) => (
      <p className="bg-surface-muted mt-3 flex flex-wrap items-center gap-2 rounded-lg p-2 text-lg">
        <span className="text-ink-muted">{words.code}</span>
        <Revealable
          shown={coupon.code}
          label={words.codeNoun}
          request={{ customerId, field: "code", couponId: coupon.id }}
        />
      </p>
    ),
  };
}

/** The customer on screen: who they are, then their wallet with the shopper's own coupon cards. */
export function CustomerPanel({ search, display, now }: Props) {
  const t = useTranslations("staff.customer");
  const problemText = useProblemText();
  const found = useFindCustomer(search);
  const customerId = found.data?.customer.id ?? null;
  const coupons = useCustomerCoupons(customerId);

  if (found.isPending) return <StatusMessage tone="busy">{t("finding")}</StatusMessage>;
  if (found.isError)
    return <StatusMessage tone="error">{problemText(found.error, "problem.request.failed")}</StatusMessage>;
  if (!found.data) {
    return <StatusMessage tone="info">{t("notFound", { text: search.text })}</StatusMessage>;
  }

  return (
    // The shopper's cards size their buttons for a phone (44 px); at the counter every target is 48 px.
    <div className="flex flex-col gap-4 [&_button]:min-h-12 [&_summary]:min-h-12">
      <CustomerDetails customer={found.data.customer} />
      <section aria-labelledby="customer-coupons-heading">
        <h2 id="customer-coupons-heading" className="text-xl font-bold">
          {t("coupons")}
        </h2>
        {coupons.isPending && <StatusMessage tone="busy">{t("loadingCoupons")}</StatusMessage>}
        {coupons.isError && (
          <StatusMessage tone="error">{problemText(coupons.error, "problem.request.failed")}</StatusMessage>
        )}
        {coupons.data && coupons.data.coupons.length === 0 && (
          <StatusMessage tone="info">{t("noCoupons")}</StatusMessage>
        )}
        {coupons.data && coupons.data.coupons.length > 0 && (
          <CodeDisplayContext
            value={maskedCodes(found.data.customer.id, { code: t("code"), codeNoun: t("codeNoun") })}
          >
            <WalletTabs coupons={coupons.data.coupons} display={display} now={now} />
          </CodeDisplayContext>
        )}
      </section>
    </div>
  );
}
