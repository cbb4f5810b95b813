/** Shown only when the app runs on the embedded Capillary emulator, so nobody mistakes it for production. */
export function DemoAccounts() {
  return (
    <aside
      aria-labelledby="demo-heading"
      className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4"
    >
      <h2 id="demo-heading" className="text-lg font-bold text-amber-950">
        Demo mode
      </h2>
      <p className="mt-1 text-amber-950">
        This app is running against a local Capillary emulator. The one-time code is printed in the terminal
        where you ran <code>npm start</code> (look for <code>SMS to …</code>).
      </p>
      <ul className="mt-2 list-disc pl-5 text-amber-950">
        <li>
          <strong>919000000001</strong>: Asha, a wallet with every kind of coupon
        </li>
        <li>
          <strong>919000000002</strong>: Ben, an empty wallet
        </li>
      </ul>
    </aside>
  );
}
