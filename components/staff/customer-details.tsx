import { useTranslations } from "@/components/shared/words-client";
import type { RevealField, ScreenCustomer } from "@/lib/shared/staff/types";
import { Revealable } from "./revealable";

const REVEALABLE = new Set<string>(["mobile", "email", "externalId", "cardnumber"]);

/** Name and identifiers (masked, each revealable), as text: they come from Capillary and are never markup. */
export function CustomerDetails({ customer }: { customer: ScreenCustomer }) {
  const t = useTranslations("staff.customer");
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(" ");
  return (
    <section aria-labelledby="customer-name" className="border-line bg-surface rounded-xl border p-4">
      <h2 id="customer-name" className="text-2xl font-bold break-words">
        {name || t("noName")}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1 text-lg">
        <dt className="text-ink-muted">{t("customerId")}</dt>
        <dd className="font-mono" dir="ltr">
          {customer.id}
        </dd>
        {customer.identifiers.map(({ type, shown }) => {
          const label = REVEALABLE.has(type) ? t(`type.${type}`) : type;
          return (
            <div key={`${type}:${shown}`} className="contents">
              <dt className="text-ink-muted">{label}</dt>
              <dd>
                {REVEALABLE.has(type) ? (
                  <Revealable
                    shown={shown}
                    label={label.toLowerCase()}
                    request={{ customerId: customer.id, field: type as RevealField }}
                  />
                ) : (
                  <span className="font-mono break-all" dir="ltr">
                    {shown}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
