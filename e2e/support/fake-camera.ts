import { existsSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "uqr";

/**
 * A one-frame Y4M video of a QR code, which Chromium plays as its camera with
 * `--use-file-for-fake-video-capture`: the scanner reads a real image, not a stub. Written once, by
 * rename, so a browser already reading it never sees a half-written file (the config that asks for it is
 * loaded by every worker).
 */
export function writeQrCameraVideo(text: string): string {
  const file = path.join(os.tmpdir(), `coupon-wallet-camera-${text}.y4m`);
  if (existsSync(file)) return file;
  const width = 640;
  const height = 480;
  const qr = encode(text, { ecc: "M", border: 4 });
  const scale = Math.floor(Math.min(width, height) / qr.size);
  const left = Math.floor((width - qr.size * scale) / 2);
  const top = Math.floor((height - qr.size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < qr.size * scale; y++) {
    for (let x = 0; x < qr.size * scale; x++) {
      if (qr.data[Math.floor(y / scale)]?.[Math.floor(x / scale)]) luma[(top + y) * width + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, Buffer.concat([header, Buffer.from("FRAME\n"), luma, chroma, chroma]));
  renameSync(partial, file);
  return file;
}

/** Chromium flags for a camera that films `text`'s QR code, and lets the page use it without asking. */
export function fakeCameraArgs(text: string): string[] {
  return [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    `--use-file-for-fake-video-capture=${writeQrCameraVideo(text)}`,
  ];
}
