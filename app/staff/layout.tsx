import { QueryProvider } from "@/components/shared/query-provider";

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
