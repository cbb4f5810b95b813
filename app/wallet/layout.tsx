import "./wallet.css";
import { Translated } from "@/components/shared/translated";
import { walletFeatures } from "@/lib/server/wallet/features";

/**
 * The messages the wallet's client components use, in the visitor's language only: they travel in the
 * page's document (React's payload), so only what the browser can show. The error page (error.tsx) and
 * the words for a failed request (useProblemText: offline, or an answer without a message) are the only
 * client users of "problem" and "common"; the not-found page and the language and light/dark switches are
 * server components and need nothing here.
 */
const WALLET_MESSAGES = [
  "problem.walletFailedTitle",
  "problem.walletFailedText",
  "problem.backToWallet",
  "problem.request.offline",
  "problem.request.failed",
  "problem.request.walletLoad",
  "problem.request.checkOffline",
  "problem.request.checkFailed",
  "common.tryAgain",
  "coupon",
  "wallet",
] as const;

/**
 * The wallet's section: its stylesheet (app/layout.tsx says why it is imported here), and the messages its
 * client components use (the page's and the error page's). The reminders' words only where this
 * deployment offers reminders.
 */
export default function WalletLayout({ children }: { children: React.ReactNode }) {
  const without = walletFeatures().pushKey ? [] : ["wallet.reminders"];
  return (
    <Translated namespaces={WALLET_MESSAGES} without={without}>
      {children}
    </Translated>
  );
}
