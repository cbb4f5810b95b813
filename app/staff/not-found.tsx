import { ProblemPage } from "@/components/shared/problem-page";

export default function StaffNotFound() {
  return (
    <ProblemPage title="No such console page" home={{ href: "/staff", label: "Back to the console" }}>
      <p>This page isn&apos;t part of the staff console.</p>
    </ProblemPage>
  );
}
