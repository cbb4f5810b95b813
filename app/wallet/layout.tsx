import { QueryProvider } from "@/components/query-provider";

export default function WalletLayout({ children }: { children: React.ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
