import { QueryProvider } from "@/components/shared/query-provider";
import "../globals.css";

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
