import "../globals.css";

/** The wallet's section: its stylesheet (app/layout.tsx says why it is imported here). */
export default function WalletLayout({ children }: { children: React.ReactNode }) {
  return children;
}
