// Shared classes for the console: every control is at least 48 px tall for a finger at a busy till.
export const inputClass =
  "min-h-12 w-full rounded-lg border border-line-strong bg-surface px-3 text-lg text-ink focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-brand-ink";
export const primaryButton =
  "min-h-12 rounded-lg bg-brand px-5 text-lg font-semibold text-white hover:bg-brand-dark focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-ink disabled:opacity-60";
export const secondaryButton =
  "min-h-12 rounded-lg border border-line-strong bg-surface px-4 text-lg font-semibold text-ink hover:bg-surface-muted focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-ink disabled:opacity-60";
