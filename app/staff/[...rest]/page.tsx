import { notFound } from "next/navigation";

// Any other path under /staff gets the console's own not-found page rather than the site's.
export default function UnknownStaffPage(): never {
  notFound();
}
