import { QueryProvider } from "@/components/query-provider";

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
