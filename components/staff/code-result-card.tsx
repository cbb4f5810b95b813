import { useTranslations } from "@/components/shared/words-client";
import type { CodeCheck, Store } from "@/lib/capillary";
import { formatAbsolute, formatCouponValue, formatUses, parseInstant } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Translate, Wording } from "@/lib/shared/i18n/translate";
import type { CodeResult } from "@/lib/shared/staff/types";
import { verdictLabel, type VerdictKind } from "@/lib/shared/staff/verdict";
import { RedeemPanel } from "./redeem-panel";

// Words first, colour and icon as backup: staff read the verdict at a glance, whatever their colour vision.
const BADGE: Record<VerdictKind, { className: string; icon: string }> = {
  valid: { className: "border-good-line bg-good-soft text-good", icon: "✓" },
  not_yet_valid: { className: "border-info-line bg-info-soft text-info", icon: "◷" },
  redeemed: { className: "border-line-strong bg-surface-strong text-ink", icon: "●" },
  uses_unknown: { className: "border-warn-line bg-warn-soft text-warn", icon: "?" },
  expired: { className: "border-bad-line bg-bad-soft text-bad", icon: "✕" },
  unknown: { className: "border-warn-line bg-warn-soft text-warn", icon: "?" },
};

type Worded = DisplaySettings & Wording;

function when(iso: string | null, display: Worded): string {
  const ms = parseInstant(iso);
  return ms === null ? display.t("staff.result.notRecorded") : formatAbsolute(ms, display).text;
}

const storeName = (store: Store | null) => store?.name ?? store?.code ?? null;

function usesText({ facts, factsMissing }: CodeResult, t: Translate): string {
  if (!facts)
    return t(factsMissing === "unavailable" ? "staff.result.usesUnconfirmed" : "staff.result.notStated");
  const before = facts.timesUsed;
  const history = before > 0 ? t("staff.result.usedBefore", { count: before }) : "";
  return `${formatUses(facts.uses, t)}${history}`;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-ink-muted">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function FoundDetails({
  result,
  check,
  display,
}: {
  result: CodeResult;
  check: Extract<CodeCheck, { kind: "found" }>;
  display: Worded;
}) {
  const t = useTranslations("staff.result");
  const notRecorded = t("notRecorded");
  const owner = check.customer;
  const { redemption } = check;
  const { facts } = result;
  const needsPin = facts?.validationRequired === true || check.hasPin;
  const terms = [check.standardTermsAndConditions, facts?.termsAndConditions].filter(
    (text, index, all): text is string => !!text && all.indexOf(text) === index,
  );
  return (
    <>
      {needsPin && (
        <p className="border-info-line bg-info-soft text-info mt-2 rounded-lg border-2 p-2 text-lg font-semibold">
          {t("needsPin")}
        </p>
      )}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
        <Row term={t("value")}>{formatCouponValue(check.discount, display)}</Row>
        <Row term={t("valid")}>
          {t("validRange", {
            from: when(check.validFrom, display),
            to: when(facts?.validTill ?? check.validTill, display),
          })}
        </Row>
        {facts?.usableFrom && <Row term={t("usableFrom")}>{when(facts.usableFrom, display)}</Row>}
        <Row term={t("uses")}>{usesText(result, display.t)}</Row>
        {redemption && (
          <>
            <Row term={facts && facts.timesUsed > 1 ? t("lastRedeemed") : t("redeemed")}>
              {when(redemption.redeemedAt, display)}
            </Row>
            <Row term={t("atStore")}>{storeName(redemption.store) ?? notRecorded}</Row>
            <Row term={t("till")}>{storeName(redemption.till) ?? notRecorded}</Row>
            <Row term={t("billNumber")}>
              {redemption.billNumber ? <bdi dir="ltr">{redemption.billNumber}</bdi> : notRecorded}
            </Row>
            <Row term={t("redeemedBy")}>{redemption.redeemedBy ?? notRecorded}</Row>
          </>
        )}
        <Row term={t("owner")}>
          {owner ? (
            <>
              {owner.name || t("noName")}
              {owner.id && (
                <>
                  {" · "}
                  {t("customerPrefix")} <bdi dir="ltr">{owner.id}</bdi>
                </>
              )}
              {owner.mobile && (
                <>
                  {" · "}
                  {t("mobilePrefix")} <bdi dir="ltr">{owner.mobile}</bdi>
                </>
              )}
            </>
          ) : (
            t("notIssued")
          )}
        </Row>
        <Row term={t("issuedAt")}>{storeName(check.issuedStore) ?? notRecorded}</Row>
      </dl>
      {terms.length > 0 && (
        <details className="mt-2">
          <summary className="min-h-12 cursor-pointer py-2 text-lg font-semibold">{t("terms")}</summary>
          {terms.map((text) => (
            <p key={text} dir="auto" className="mt-1 break-words whitespace-pre-line">
              {text}
            </p>
          ))}
        </details>
      )}
    </>
  );
}

export function CodeResultCard({
  result,
  display,
  redeem,
}: {
  result: CodeResult;
  display: Worded;
  redeem: { billAmountMax: number } | null;
}) {
  const t = useTranslations("staff.result");
  const { check, verdict } = result;
  const ownerId = check.kind === "found" ? check.customer?.id : null;
  const badge = BADGE[verdict];
  const titleId = `code-result-${check.code}`;
  return (
    <article aria-labelledby={titleId} className="border-line bg-surface rounded-xl border p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={titleId} dir="ltr" className="font-mono text-3xl font-bold tracking-wider break-all">
          {check.code}
        </h3>
        <p
          className={`inline-flex items-center gap-2 rounded-full border-2 px-3 py-1 text-xl font-bold ${badge.className}`}
        >
          <span aria-hidden="true">{badge.icon}</span>
          {verdictLabel(verdict, display.t)}
        </p>
      </div>
      {check.kind === "unknown" ? (
        <p className="mt-2 text-lg">
          {t("capillarySays")} <bdi>{check.message}</bdi>
          {check.statusCode ? (
            <span className="text-ink-muted"> {t("statusCode", { code: check.statusCode })}</span>
          ) : null}
        </p>
      ) : (
        <FoundDetails result={result} check={check} display={display} />
      )}
      {redeem && verdict === "valid" && ownerId && (
        <RedeemPanel customerId={ownerId} code={check.code} billAmountMax={redeem.billAmountMax} />
      )}
    </article>
  );
}
