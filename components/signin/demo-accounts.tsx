import { DemoNotice } from "@/components/shared/demo-notice";

/** The demo shoppers, on the shopper sign-in page in demo mode. */
export function DemoAccounts() {
  return (
    <DemoNotice headingId="demo-heading">
      <p className="mt-1">
        This app is running against a local Capillary emulator. The one-time code is printed in the terminal
        where you ran <code>npm start</code> (look for <code>SMS to …</code>).
      </p>
      <ul className="mt-2 list-disc pl-5">
        <li>
          <strong>919000000001</strong>: Asha, a wallet with every kind of coupon
        </li>
        <li>
          <strong>919000000002</strong>: Ben, an empty wallet
        </li>
      </ul>
    </DemoNotice>
  );
}
