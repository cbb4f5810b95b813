// The Shape Detection API's BarcodeDetector (Chrome on Android and ChromeOS, Safari 17+ on iPadOS behind a
// flag), typed here because TypeScript's DOM library does not include it yet.

export interface DetectedBarcode {
  rawValue: string;
  format: string;
}

interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (options?: { formats?: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

// What codes at a till are printed as: 1-D retail and logistics symbologies, plus QR and friends.
const WANTED = [
  "qr_code",
  "code_128",
  "code_39",
  "code_93",
  "ean_13",
  "ean_8",
  "upc_a",
  "upc_e",
  "itf",
  "codabar",
  "data_matrix",
  "pdf417",
  "aztec",
];

/** A detector for the formats this browser supports, or null when it has no BarcodeDetector. */
export async function createBarcodeDetector(): Promise<BarcodeDetectorInstance | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const supported = await Detector.getSupportedFormats().catch(() => [] as string[]);
  const formats = WANTED.filter((format) => supported.includes(format));
  return formats.length > 0 ? new Detector({ formats }) : null;
}
