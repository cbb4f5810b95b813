import type { CustomerProfile } from "@/lib/capillary";

const TYPE_LABELS: Record<string, string> = {
  mobile: "Mobile",
  email: "E-mail",
  externalId: "External id",
  cardnumber: "Card number",
};

/** Name and identifiers, as text (they come from Capillary and are never markup). */
export function CustomerDetails({ customer }: { customer: CustomerProfile }) {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(" ");
  return (
    <section aria-labelledby="customer-name" className="border-line bg-surface rounded-xl border p-4">
      <h2 id="customer-name" className="text-2xl font-bold break-words">
        {name || "No name on record"}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
        <dt className="text-ink-muted">Customer id</dt>
        <dd className="font-mono">{customer.id}</dd>
        {customer.identifiers.map(({ type, value }) => (
          <div key={`${type}:${value}`} className="contents">
            <dt className="text-ink-muted">{TYPE_LABELS[type] ?? type}</dt>
            <dd className="font-mono break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
