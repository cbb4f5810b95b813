import type { ReactNode } from "react";

export interface PreferenceOption {
  value: string;
  label: string;
  /** The option's own language, for an option named in it (screen readers then say it right). */
  lang?: string;
}

/**
 * A visitor's preference (language, light or dark): a disclosure and a plain form, rendered on the server
 * with no script, posted to `action`, which remembers the choice in a cookie and sends the visitor back to
 * `returnTo`.
 */
export function PreferenceMenu(props: {
  summary: ReactNode;
  action: string;
  field: string;
  options: PreferenceOption[];
  current: string;
  returnTo: string;
}) {
  return (
    <details className="group relative">
      <summary className="focus-visible:outline-brand-ink border-line bg-surface text-ink-soft hover:bg-surface-muted flex min-h-12 cursor-pointer list-none items-center gap-1 rounded-lg border px-3 font-semibold focus-visible:outline-3 [&::-webkit-details-marker]:hidden">
        {props.summary}
      </summary>
      <form
        method="post"
        action={props.action}
        className="border-line bg-surface absolute end-0 z-10 mt-2 hidden w-44 flex-col gap-1 rounded-lg border p-2 shadow-lg group-open:flex"
      >
        <input type="hidden" name="returnTo" value={props.returnTo} />
        {props.options.map(({ value, label, lang }) => (
          <button
            key={value}
            type="submit"
            name={props.field}
            value={value}
            lang={lang}
            aria-pressed={props.current === value}
            className="focus-visible:outline-brand-ink aria-pressed:bg-brand-tint text-ink hover:bg-surface-muted min-h-12 rounded-md px-3 text-start font-medium focus-visible:outline-3 aria-pressed:font-bold"
          >
            {label}
          </button>
        ))}
      </form>
    </details>
  );
}
