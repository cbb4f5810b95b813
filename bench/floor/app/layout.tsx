// The floor's root layout: the least an App Router page needs (html, body, a title).
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Floor" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
