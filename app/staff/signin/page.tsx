import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getStaffUser } from "@/lib/server/auth/session";
import { staffSignInMethods } from "@/lib/server/auth/staff-providers";
import { getEnv } from "@/lib/server/env";
import { BrandMark } from "@/components/shared/brand-mark";
import { DemoNotice } from "@/components/shared/demo-notice";
import { StaffOidcButton } from "@/components/staff/staff-oidc-button";
import { StaffSignInForm } from "@/components/staff/staff-sign-in-form";

export const metadata: Metadata = { title: "Staff sign-in" };
export const dynamic = "force-dynamic";

export default async function StaffSignInPage({ searchParams }: PageProps<"/staff/signin">) {
  if (await getStaffUser()) redirect("/staff");
  const expired = (await searchParams).reason === "expired";
  const { staff, runtime, brand } = getEnv();
  const methods = staffSignInMethods(staff);

  return (
    <main className="mx-auto flex max-w-lg flex-col gap-6 px-6 py-12">
      <div>
        <BrandMark name={brand.name} logo={brand.logo?.src} />
        <h1 className="text-3xl font-bold">Staff sign-in</h1>
      </div>
      {expired && (
        <p role="status" className="bg-warn-soft text-warn rounded-lg p-3">
          Your staff session has ended. Sign in again.
        </p>
      )}
      <p className="text-ink-muted text-lg">For store staff at the counter. Sessions end after 8 hours.</p>
      {methods.oidc && <StaffOidcButton name={staff.oidcName} />}
      {methods.oidc && methods.local && <p className="text-ink-muted text-center">or with a store account</p>}
      {methods.local && <StaffSignInForm />}
      {!methods.local && !methods.oidc && (
        <p role="alert" className="bg-warn-soft text-warn rounded-lg p-3">
          Staff sign-in isn&apos;t set up. Set STAFF_USERS or the STAFF_OIDC_* settings (see the README).
        </p>
      )}
      {runtime.demoMode && staff.users?.startsWith("staff.demo:") && (
        <DemoNotice headingId="staff-demo-heading">
          <p className="mt-1">
            Username <strong>staff.demo</strong>, password <strong>demo-staff-pass</strong>.
          </p>
        </DemoNotice>
      )}
    </main>
  );
}
