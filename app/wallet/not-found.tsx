import { ProblemPage } from "@/components/shared/problem-page";

export default function WalletNotFound() {
  return (
    <ProblemPage title="Nothing here" home={{ href: "/wallet", label: "Back to my coupons" }}>
      <p>This page isn&apos;t part of your wallet. Your coupons are one tap away.</p>
    </ProblemPage>
  );
}
