"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "@/components/shared/words-client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { checkCodesQueryOptions, type CodeSearch } from "@/lib/client/queries/staff/check-codes";
import {
  customerSearchReadings,
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
import { onConsoleLocked } from "@/lib/client/queries/staff/console-fetch";
import { lockConsole, reportPresence } from "@/lib/client/queries/staff/till";
import { maskForScreen } from "@/lib/shared/staff/mask";
import { mayRedeem, type StaffRole } from "@/lib/shared/staff/roles";
import { LockScreen } from "./lock-screen";
import { RecentRedemptions } from "./recent-redemptions";
import { StaffHeader, type TillOption } from "./staff-header";
import { useIdleClear } from "./use-idle-clear";

/** Tell the server the console is in use at most this often (it keeps the idle lock in step). */
const PRESENCE_EVERY_MS = 60_000;

export interface ConsoleSettings {
  idleClearMs: number;
  lockMs: number;
  billAmountMax: number;
  /** Per-tablet attribution: the tills to choose from; null when tills are set per account or not at all. */
  tills: TillOption[] | null;
}

interface Props {
  staffUser: string;
  staffRole: StaffRole;
  /** Rendered on the server: the brand's name and logo, and the light/dark switch (a plain form). */
  brand: React.ReactNode;
  schemeSwitch: React.ReactNode;
  languageSwitch: React.ReactNode;
  passwordless: boolean;
  settings: ConsoleSettings;
  till: TillOption | null;
  locked: boolean;
  display: DisplaySettings;
  renderedAt: number;
}

export function StaffConsole({
  staffUser,
  staffRole,
  brand,
  schemeSwitch,
  languageSwitch,
  passwordless,
  settings,
  till: initialTill,
  locked: initiallyLocked,
  display: serverDisplay,
  renderedAt,
}: Props) {
  const t = useTranslations("staff");
  const queryClient = useQueryClient();
  const { display, now } = useDisplay(serverDisplay, renderedAt);
  const [customerSearch, setCustomerSearch] = useState<CustomerSearch | null>(null);
  const [codeSearch, setCodeSearch] = useState<CodeSearch | null>(null);
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [locked, setLocked] = useState(initiallyLocked);
  const [till, setTill] = useState(initialTill);
  const lastPresence = useRef(0);
  // Mounted here too (same query as the panel) so the code form can offer "only this customer".
  const customerId = useFindCustomer(customerSearch).data?.customer.id ?? null;

  const findCustomer = (search: CustomerSearch) => {
    setNotice(null);
    setCustomerSearch(search);
    // Masked like the customer's details (a customer id is not): the list stays on screen at the counter.
    const readsAs = customerSearchReadings(search)[0]?.by;
    const label =
      readsAs === "id" ? search.text : maskForScreen(readsAs === "email" ? "email" : "other", search.text);
    setRecent((list) => addRecent(list, { kind: "customer", search, label }));
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

  const forgetCustomer = useCallback(() => {
    clearScreen();
    setRecent([]);
  }, [clearScreen]);

  const onIdle = useCallback(() => {
    forgetCustomer();
    const ms = settings.idleClearMs;
    setNotice(
      ms % 60_000 === 0
        ? t("clearedMinutes", { count: ms / 60_000 })
        : t("clearedSeconds", { count: Math.round(ms / 1000) }),
    );
  }, [forgetCustomer, settings.idleClearMs, t]);
  useIdleClear(
    customerSearch !== null || codeSearch !== null || recent.length > 0,
    settings.idleClearMs,
    onIdle,
  );

  const lockNow = useCallback(() => {
    forgetCustomer();
    setNotice(null);
    setLocked(true);
    void lockConsole().catch(() => undefined);
  }, [forgetCustomer]);
  useIdleClear(!locked, settings.lockMs, lockNow);

  // The server locked this session (its own idle timer, another tab): show the lock at once.
  useEffect(
    () =>
      onConsoleLocked(() => {
        forgetCustomer();
        setLocked(true);
      }),
    [forgetCustomer],
  );

  // Use of the console that asks the server nothing still counts as use, for the server's idle lock.
  useEffect(() => {
    if (locked) return;
    const onUse = () => {
      if (Date.now() - lastPresence.current < PRESENCE_EVERY_MS) return;
      lastPresence.current = Date.now();
      void reportPresence().catch(() => undefined);
    };
    window.addEventListener("pointerdown", onUse, { passive: true });
    window.addEventListener("keydown", onUse);
    return () => {
      window.removeEventListener("pointerdown", onUse);
      window.removeEventListener("keydown", onUse);
    };
  }, [locked]);

  const pick = (item: RecentLookup) =>
    item.kind === "customer" ? findCustomer(item.search) : checkCodes(item.search);

  if (locked) {
    return (
      <LockScreen
        staffUser={staffUser}
        brand={brand}
        schemeSwitch={schemeSwitch}
        languageSwitch={languageSwitch}
        passwordless={passwordless}
        onUnlocked={() => {
          lastPresence.current = Date.now();
          setLocked(false);
        }}
      />
    );
  }

  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-5 px-4 py-4 sm:px-6">
      <StaffHeader
        staffUser={staffUser}
        staffRole={staffRole}
        brand={brand}
        schemeSwitch={schemeSwitch}
        languageSwitch={languageSwitch}
        tills={settings.tills}
        till={till}
        onTillChange={setTill}
        onNewCustomer={() => {
          forgetCustomer();
          setNotice(null);
        }}
        onLock={lockNow}
      />
      {notice && (
        <p role="status" className="bg-surface-muted rounded-lg p-3 text-lg">
          {notice}
        </p>
      )}
      <RecentLookups items={recent} onPick={pick} />
      <RecentRedemptions display={display} />
      {/* Portrait: customer search, then codes, then the (long) wallet. Landscape: customer left, codes right. */}
      <div className="grid gap-6 lg:grid-cols-2 lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="min-w-0 lg:col-start-1">
          <CustomerSearchForm onSearch={findCustomer} />
        </div>
        <div className="flex min-w-0 flex-col gap-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <CodeCheckForm customerId={customerId} onCheck={checkCodes} />
          {codeSearch && (
            <CodeResults
              search={codeSearch}
              display={display}
              redeem={mayRedeem(staffRole) ? { billAmountMax: settings.billAmountMax } : null}
            />
          )}
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
