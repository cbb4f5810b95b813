import Link from "next/link";
import "./globals.css";

export default function HomePage() {
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold">Coupon Wallet</h1>
      <p className="text-lg text-slate-700">
        Every coupon you hold, what it is worth and when it expires, ready to show at the till.
      </p>
      <nav aria-label="Get started" className="flex flex-col gap-3">
        <Link
          href="/wallet"
          className="bg-brand hover:bg-brand-dark focus-visible:outline-brand flex min-h-12 items-center justify-center rounded-lg px-4 text-lg font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2"
        >
          Open my wallet
        </Link>
        <Link
          href="/staff"
          className="focus-visible:outline-brand flex min-h-12 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 text-lg font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2"
        >
          Store staff console
        </Link>
      </nav>
    </main>
  );
}
