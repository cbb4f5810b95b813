/**
 * The "Demo mode" box on the sign-in pages: shown only when the app runs on the embedded Capillary
 * emulator, so nobody mistakes it for production.
 */
export function DemoNotice({ headingId, children }: { headingId: string; children: React.ReactNode }) {
  return (
    <aside
      aria-labelledby={headingId}
      className="border-warn-line bg-warn-soft text-warn rounded-lg border-2 border-dashed p-4"
    >
      <h2 id={headingId} className="text-lg font-bold">
        Demo mode
      </h2>
      {children}
    </aside>
  );
}
