import type { RevealField, ScreenCustomer } from "@/lib/shared/staff/types";
import { Revealable } from "./revealable";

const TYPE_LABELS: Record<string, string> = {
  mobile: "Mobile",
  email: "E-mail",
  externalId: "External id",
  cardnumber: "Card number",
};

const REVEALABLE = new Set<string>(["mobile", "email", "externalId", "cardnumber"]);

/** Name and identifiers (masked, each revealable), as text: they come from Capillary and are never markup. */
export function CustomerDetails({ customer }: { customer: ScreenCustomer }) {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(" ");
  return (
    <section aria-labelledby="customer-name" className="rounded-xl border border-slate-300 bg-white p-4">
      <h2 id="customer-name" className="text-2xl font-bold break-words">
        {name || "No name on record"}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1 text-lg">
        <dt className="text-slate-700">Customer id</dt>
        <dd className="font-mono">{customer.id}</dd>
        {customer.identifiers.map(({ type, shown }) => {
          const label = TYPE_LABELS[type] ?? type;
          return (
            <div key={`${type}:${shown}`} className="contents">
              <dt className="text-slate-700">{label}</dt>
              <dd>
                {REVEALABLE.has(type) ? (
                  <Revealable
                    shown={shown}
                    label={label.toLowerCase()}
                    request={{ customerId: customer.id, field: type as RevealField }}
                  />
                ) : (
                  <span className="font-mono break-all">{shown}</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
