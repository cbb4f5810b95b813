"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { checkCodesQueryOptions, type CodeSearch } from "@/lib/client/queries/staff/check-codes";
import {
  findCustomerQueryOptions,
  useFindCustomer,
  type CustomerSearch,
} from "@/lib/client/queries/staff/find-customer";
import { useDisplay } from "@/components/shared/use-display";
import { CodeCheckForm } from "./code-check-form";
import { CodeResults } from "./code-results";
import { CustomerPanel } from "./customer-panel";
import { CustomerSearchForm } from "./customer-search-form";
import { addRecent, RecentLookups, type RecentLookup } from "./recent-lookups";
import { StaffHeader } from "./staff-header";
import { useIdleClear } from "./use-idle-clear";

const IDLE_MS = 3 * 60_000;

interface Props {
  staffUser: string;
  /** Rendered on the server: the brand's name and logo, and the light/dark switch (a plain form). */
  brand: React.ReactNode;
  schemeSwitch: React.ReactNode;
  display: DisplaySettings;
  renderedAt: number;
}

export function StaffConsole({ staffUser, brand, schemeSwitch, display: serverDisplay, renderedAt }: Props) {
  const queryClient = useQueryClient();
  const { display, now } = useDisplay(serverDisplay, renderedAt);
  const [customerSearch, setCustomerSearch] = useState<CustomerSearch | null>(null);
  const [codeSearch, setCodeSearch] = useState<CodeSearch | null>(null);
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  // Mounted here too (same query as the panel) so the code form can offer "only this customer".
  const customerId = useFindCustomer(customerSearch).data?.customer.id ?? null;

  const findCustomer = (search: CustomerSearch) => {
    setNotice(null);
    setCustomerSearch(search);
    setRecent((list) => addRecent(list, { kind: "customer", search, label: search.text }));
    // Asking again means "fresh from Capillary", not "what you showed a minute ago".
    void queryClient.invalidateQueries({ queryKey: findCustomerQueryOptions(search).queryKey });
  };

  const checkCodes = (search: CodeSearch) => {
    setNotice(null);
    setCodeSearch(search);
    setRecent((list) => addRecent(list, { kind: "codes", search, label: search.codes.join(", ") }));
    void queryClient.invalidateQueries({ queryKey: checkCodesQueryOptions(search).queryKey });
  };

  const clearScreen = useCallback(() => {
    setCustomerSearch(null);
    setCodeSearch(null);
    queryClient.removeQueries({ queryKey: ["staff"] });
  }, [queryClient]);

  const onIdle = useCallback(() => {
    clearScreen();
    setRecent([]);
    setNotice("The screen was cleared after 3 minutes without use.");
  }, [clearScreen]);
  useIdleClear(customerSearch !== null || codeSearch !== null || recent.length > 0, IDLE_MS, onIdle);

  const pick = (item: RecentLookup) =>
    item.kind === "customer" ? findCustomer(item.search) : checkCodes(item.search);

  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-5 px-4 py-4 sm:px-6">
      <StaffHeader staffUser={staffUser} brand={brand} schemeSwitch={schemeSwitch} onClear={clearScreen} />
      {notice && (
        <p role="status" className="bg-surface-muted rounded-lg p-3 text-lg">
          {notice}
        </p>
      )}
      <RecentLookups items={recent} onPick={pick} />
      {/* Portrait: customer search, then codes, then the (long) wallet. Landscape: customer left, codes right. */}
      <div className="grid gap-6 lg:grid-cols-2 lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="min-w-0 lg:col-start-1">
          <CustomerSearchForm onSearch={findCustomer} />
        </div>
        <div className="flex min-w-0 flex-col gap-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <CodeCheckForm customerId={customerId} onCheck={checkCodes} />
          {codeSearch && <CodeResults search={codeSearch} display={display} />}
        </div>
        {customerSearch && (
          <div className="min-w-0 lg:col-start-1">
            <CustomerPanel search={customerSearch} display={display} now={now} />
          </div>
        )}
      </div>
    </main>
  );
}
