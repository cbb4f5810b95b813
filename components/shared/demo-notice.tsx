/**
 * The "Demo mode" box on the sign-in pages: shown only when the app runs on the embedded Capillary
 * emulator, so nobody mistakes it for production.
 */
export function DemoNotice({ headingId, children }: { headingId: string; children: React.ReactNode }) {
  return (
    <aside
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id={headingId} className="text-lg font-bold">
        Demo mode
      </h2>
      {children}
    </aside>
  );
}
