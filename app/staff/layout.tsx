import { QueryProvider } from "@/components/shared/query-provider";
import { Translated } from "@/components/shared/translated";
import "./staff.css";

/** The console's messages for its client components, in the visitor's language only. */
export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <Translated namespaces={["common", "problem", "coupon", "staff"]}>
      <QueryProvider>{children}</QueryProvider>
    </Translated>
  );
}
