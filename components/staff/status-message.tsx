const TONES = {
  busy: { role: "status", className: "text-slate-700" },
  info: { role: "status", className: "rounded-lg bg-slate-100 p-3 text-slate-900" },
  error: {
    role: "alert",
    className: "rounded-lg border border-red-700 bg-red-50 p-3 font-medium text-red-900",
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
