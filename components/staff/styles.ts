// Shared classes for the console: every control is at least 48 px tall for a finger at a busy till.
export const inputClass =
  "min-h-12 w-full rounded-lg border border-slate-500 bg-white px-3 text-lg text-slate-950 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-brand";
export const primaryButton =
  "min-h-12 rounded-lg bg-brand px-5 text-lg font-semibold text-white hover:bg-brand-dark focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-60";
export const secondaryButton =
  "min-h-12 rounded-lg border border-slate-400 bg-white px-4 text-lg font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-60";
