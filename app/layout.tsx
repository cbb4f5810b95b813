import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getEnv } from "@/lib/server/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Coupon Wallet", template: "%s · Coupon Wallet" },
  description: "Every coupon you hold, ready to show at the till.",
  icons: { icon: "/icon.svg", apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b5fff",
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page renders per request so that Next can put this response's CSP nonce on its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {/* On every page in demo mode, so a demo is never taken for the brand's real wallet. */}
        {getEnv().runtime.demoMode && (
          <p role="note" className="bg-amber-200 px-3 py-1 text-center text-sm font-semibold text-amber-950">
            Demo: made-up coupons and accounts (embedded Capillary emulator)
          </p>
        )}
        {children}
      </body>
    </html>
  );
}
