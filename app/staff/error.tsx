"use client";

import { ProblemPage } from "@/components/shared/problem-page";

/** A failure in the staff console: said plainly, with a retry, so the queue at the till keeps moving. */
export default function StaffError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemPage
      title="The console hit a problem"
      home={{ href: "/staff", label: "Back to the console" }}
      onRetry={reset}
    >
      <p>Something went wrong on our side. Try again; nothing about the customer was changed.</p>
    </ProblemPage>
  );
}
