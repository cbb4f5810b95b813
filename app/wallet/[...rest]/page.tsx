import { notFound } from "next/navigation";

// Any other path under /wallet gets the wallet's own not-found page rather than the site's.
export default function UnknownWalletPage(): never {
  notFound();
}
