import type { CodeCheck, Store } from "@/lib/capillary";
import { formatAbsolute, formatCouponValue, formatUses, parseInstant } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { CodeResult } from "@/lib/shared/staff/types";
import { verdictLabel, type VerdictKind } from "@/lib/shared/staff/verdict";
import { RedeemPanel } from "./redeem-panel";

// Words first, colour and icon as backup: staff read the verdict at a glance, whatever their colour vision.
const BADGE: Record<VerdictKind, { className: string; icon: string }> = {
  valid: { className: "border-green-700 bg-green-100 text-green-900", icon: "✓" },
  not_yet_valid: { className: "border-sky-700 bg-sky-100 text-sky-950", icon: "◷" },
  redeemed: { className: "border-slate-600 bg-slate-200 text-slate-900", icon: "●" },
  uses_unknown: { className: "border-amber-700 bg-amber-100 text-amber-950", icon: "?" },
  expired: { className: "border-red-700 bg-red-100 text-red-900", icon: "✕" },
  unknown: { className: "border-amber-700 bg-amber-100 text-amber-950", icon: "?" },
};

function when(iso: string | null, display: DisplaySettings): string {
  const ms = parseInstant(iso);
  return ms === null ? "not recorded" : formatAbsolute(ms, display).text;
}

const storeName = (store: Store | null) => store?.name ?? store?.code ?? null;

function usesText({ facts, factsMissing }: CodeResult): string {
  if (!facts)
    return factsMissing === "unavailable"
      ? "Couldn't confirm with Capillary: ask before accepting"
      : "Not stated";
  const before = facts.timesUsed;
  const history = before > 0 ? ` · used ${before} ${before === 1 ? "time" : "times"} before` : "";
  return `${formatUses(facts.uses)}${history}`;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-slate-700">{term}</dt>
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
  display: DisplaySettings;
}) {
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
        <p className="mt-2 rounded-lg border-2 border-sky-700 bg-sky-50 p-2 text-lg font-semibold text-sky-950">
          The till will ask for the customer&apos;s validation code.
        </p>
      )}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
        <Row term="Value">{formatCouponValue(check.discount, display)}</Row>
        <Row term="Valid">
          {when(check.validFrom, display)} to {when(facts?.validTill ?? check.validTill, display)}
        </Row>
        {facts?.usableFrom && <Row term="Usable from">{when(facts.usableFrom, display)}</Row>}
        <Row term="Uses">{usesText(result)}</Row>
        {redemption && (
          <>
            <Row term={facts && facts.timesUsed > 1 ? "Last redeemed" : "Redeemed"}>
              {when(redemption.redeemedAt, display)}
            </Row>
            <Row term="At store">{storeName(redemption.store) ?? "not recorded"}</Row>
            <Row term="Till">{storeName(redemption.till) ?? "not recorded"}</Row>
            <Row term="Bill number">{redemption.billNumber ?? "not recorded"}</Row>
            <Row term="Redeemed by">{redemption.redeemedBy ?? "not recorded"}</Row>
          </>
        )}
        <Row term="Owner">
          {owner
            ? [
                owner.name || "No name",
                owner.id && `customer ${owner.id}`,
                owner.mobile && `mobile ${owner.mobile}`,
              ]
                .filter(Boolean)
                .join(" · ")
            : "Not issued to a customer"}
        </Row>
        <Row term="Issued at">{storeName(check.issuedStore) ?? "not recorded"}</Row>
      </dl>
      {terms.length > 0 && (
        <details className="mt-2">
          <summary className="min-h-12 cursor-pointer py-2 text-lg font-semibold">
            Terms and conditions
          </summary>
          {terms.map((text) => (
            <p key={text} className="mt-1 break-words whitespace-pre-line">
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
  display: DisplaySettings;
  redeem: { billAmountMax: number } | null;
}) {
  const { check, verdict } = result;
  const ownerId = check.kind === "found" ? check.customer?.id : null;
  const badge = BADGE[verdict];
  const titleId = `code-result-${check.code}`;
  return (
    <article aria-labelledby={titleId} className="rounded-xl border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={titleId} className="font-mono text-3xl font-bold tracking-wider break-all">
          {check.code}
        </h3>
        <p
          className={`inline-flex items-center gap-2 rounded-full border-2 px-3 py-1 text-xl font-bold ${badge.className}`}
        >
          <span aria-hidden="true">{badge.icon}</span>
          {verdictLabel(verdict)}
        </p>
      </div>
      {check.kind === "unknown" ? (
        <p className="mt-2 text-lg">
          Capillary says: {check.message}
          {check.statusCode ? <span className="text-slate-700"> (code {check.statusCode})</span> : null}
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
