"use client";

import { useTranslations } from "@/components/shared/words-client";
import { useEffect, useRef } from "react";
import type { Coupon } from "@/lib/capillary";
import { groupCodeForReading } from "@/lib/shared/coupons";
import { Code128Barcode, QrCode } from "./barcodes";

/**
 * Full screen, black on white with a quiet zone, code printed large in groups for reading aloud when the
 * scanner fails, and the screen kept awake while it is shown (what fails most at tills). Plain white and
 * black, never the theme's colours: a barcode on a dark background does not scan.
 */
export function TillView({
  coupon,
  valueText,
  onClose,
}: {
  coupon: Coupon;
  valueText: string;
  onClose: () => void;
}) {
  const t = useTranslations("coupon.till");
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    let wakeLock: WakeLockSentinel | null = null;
    navigator.wakeLock
      ?.request("screen")
      .then((lock) => (wakeLock = lock))
      .catch(() => undefined);
    return () => {
      void wakeLock?.release().catch(() => undefined);
      dialog?.close();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="till-title"
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-white p-0 text-black scheme-light backdrop:bg-black"
    >
      <div className="mx-auto flex min-h-full max-w-xl flex-col items-center gap-5 px-4 py-6">
        <div className="flex w-full items-start justify-between gap-3">
          <div>
            <h2 id="till-title" className="text-2xl font-bold">
              {valueText}
            </h2>
            <p dir="auto" className="text-lg">
              {coupon.title}
            </p>
          </div>
          <button
            type="button"
            onClick={onClose}
            className="min-h-12 min-w-12 rounded-lg border-2 border-black px-4 text-lg font-semibold focus-visible:outline-3 focus-visible:outline-black"
          >
            {t("close")}
          </button>
        </div>
        <div className="w-full bg-white p-4">
          <Code128Barcode code={coupon.code} />
        </div>
        <p
          dir="ltr"
          className="font-mono text-4xl font-bold tracking-widest break-all"
          aria-label={t("codeLabel", { code: coupon.code })}
        >
          {groupCodeForReading(coupon.code)}
        </p>
        <QrCode code={coupon.code} />
      </div>
    </dialog>
  );
}
