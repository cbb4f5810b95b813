const TONES = {
  busy: { role: "status", className: "text-ink-muted" },
  info: { role: "status", className: "rounded-lg bg-surface-muted p-3 text-ink" },
  error: {
    role: "alert",
    className: "rounded-lg border border-bad-line bg-bad-soft p-3 font-medium text-bad",
  },
} as const;

export function StatusMessage({ tone, children }: { tone: keyof typeof TONES; children: React.ReactNode }) {
  const { role, className } = TONES[tone];
  return (
    <p role={role} className={`mt-2 text-lg ${className}`}>
      {children}
    </p>
  );
}
