"use client";

import { useTranslations } from "@/components/shared/words-client";
import { CODE128 } from "jsbarcode/bin/barcodes/CODE128";
import { encode as encodeQr } from "uqr";

/** Bars as runs of 1s, drawn as SVG rects: crisp at any width, no canvas, no HTML strings. */
export function Code128Barcode({ code }: { code: string }) {
  const t = useTranslations("coupon.till");
  const encoder = new CODE128(code, {});
  if (!encoder.valid()) return <p>{t("noBarcode")}</p>;
  const bits = encoder.encode().data;
  const quiet = 10; // modules of white either side, so a scanner finds the edges
  const width = bits.length + quiet * 2;
  const bars: { x: number; w: number }[] = [];
  for (let i = 0; i < bits.length; i++) {
    if (bits[i] !== "1") continue;
    const last = bars.at(-1);
    if (last && last.x + last.w === i + quiet) last.w += 1;
    else bars.push({ x: i + quiet, w: 1 });
  }
  return (
    <svg
      role="img"
      aria-label={t("barcodeLabel", { code })}
      viewBox={`0 0 ${width} 60`}
      preserveAspectRatio="none"
      className="h-32 w-full bg-white"
      shapeRendering="crispEdges"
    >
      <rect width={width} height={60} fill="#fff" />
      {bars.map((bar) => (
        <rect key={bar.x} x={bar.x} y={0} width={bar.w} height={60} fill="#000" />
      ))}
    </svg>
  );
}

export function QrCode({ code }: { code: string }) {
  const t = useTranslations("coupon.till");
  const qr = encodeQr(code, { ecc: "M", border: 4 });
  const cells: string[] = [];
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) cells.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return (
    <svg
      role="img"
      aria-label={t("qrLabel", { code })}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      className="h-56 w-56 bg-white"
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={cells.join("")} fill="#000" />
    </svg>
  );
}
