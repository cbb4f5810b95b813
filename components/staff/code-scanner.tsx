"use client";

import { useTranslations } from "@/components/shared/words-client";
import { useEffect, useRef, useState } from "react";
import { createBarcodeDetector } from "./barcode-detector";
import { secondaryButton } from "./styles";

const SCAN_EVERY_MS = 250;

/** A camera view that reads one barcode or QR code and hands its text back; typing stays available. */
export function CodeScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const t = useTranslations("staff.scanner");
  // Read once: the camera starts when the dialog opens and is not restarted for a change of words.
  const problems = useRef({ unsupported: t("unsupported"), noCamera: t("noCamera") });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const found = useRef(onCode);
  useEffect(() => {
    found.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;

    async function start() {
      const detector = await createBarcodeDetector();
      if (!detector || !navigator.mediaDevices?.getUserMedia) return setProblem(problems.current.unsupported);
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: "environment" },
          audio: false,
        });
      } catch {
        return setProblem(problems.current.noCamera);
      }
      const video = videoRef.current;
      if (stopped || !video) return;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const scan = async () => {
        if (stopped) return;
        const [code] = await detector.detect(video).catch(() => []);
        const text = code?.rawValue.trim();
        if (text) found.current(text);
        else timer = window.setTimeout(() => void scan(), SCAN_EVERY_MS);
      };
      void scan();
    }

    void start();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      dialog?.close();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="scanner-title"
      className="bg-surface text-ink m-auto w-[min(40rem,95vw)] rounded-xl p-4 backdrop:bg-black/70"
    >
      <div className="flex items-center justify-between gap-3">
        <h2 id="scanner-title" className="text-xl font-bold">
          {t("title")}
        </h2>
        <button type="button" onClick={onClose} className={secondaryButton}>
          {t("close")}
        </button>
      </div>
      {problem ? (
        <p role="alert" className="text-ink mt-4 text-lg">
          {problem}
        </p>
      ) : (
        <>
          <video
            ref={videoRef}
            muted
            playsInline
            className="mt-4 aspect-video w-full rounded-lg bg-black"
            aria-label={t("camera")}
          />
          <p role="status" className="text-ink-soft mt-2 text-lg">
            {t("hold")}
          </p>
        </>
      )}
    </dialog>
  );
}
