import "../globals.css";
import { Translated } from "@/components/shared/translated";

/**
 * The wallet's section: its stylesheet (app/layout.tsx says why it is imported here), and the messages its
 * client components use (the page's and the error page's), in the visitor's language only.
 */
export default function WalletLayout({ children }: { children: React.ReactNode }) {
  return <Translated namespaces={["common", "problem", "coupon", "wallet"]}>{children}</Translated>;
}
