import Link from "next/link";
import "./globals.css";
import { getEnv } from "@/lib/server/env";

export default function HomePage() {
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold">{getEnv().brand.name}</h1>
      <p className="text-ink-muted text-lg">
        Every coupon you hold, what it is worth and when it expires, ready to show at the till.
      </p>
      <nav aria-label="Get started" className="flex flex-col gap-3">
        <Link
          href="/wallet"
          className="bg-brand hover:bg-brand-dark focus-visible:outline-brand-ink flex min-h-12 items-center justify-center rounded-lg px-4 text-lg font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2"
        >
          Open my wallet
        </Link>
        <Link
          href="/staff"
          className="focus-visible:outline-brand-ink border-line bg-surface text-ink hover:bg-surface-muted flex min-h-12 items-center justify-center rounded-lg border px-4 text-lg font-semibold focus-visible:outline-3 focus-visible:outline-offset-2"
        >
          Store staff console
        </Link>
      </nav>
    </main>
  );
}
