// The Shape Detection API's BarcodeDetector (Chrome on Android and ChromeOS, Safari 17+ on iPadOS behind a
// flag), typed here because TypeScript's DOM library does not include it yet, with a ZXing fallback.

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

/**
 * The browser's own detector where it has one; otherwise the `barcode-detector` ponyfill (ZXing compiled to
 * WebAssembly), loaded only now that a scan was asked for, with its .wasm served from our origin.
 */
async function detectorClass(): Promise<BarcodeDetectorClass | null> {
  const native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (native) return native;
  try {
    const { BarcodeDetector, prepareZXingModule } = await import("barcode-detector/ponyfill");
    prepareZXingModule({
      overrides: {
        locateFile: (file: string, prefix: string) =>
          file.endsWith(".wasm") ? `/scanner/${file}` : prefix + file,
      },
    });
    return BarcodeDetector as unknown as BarcodeDetectorClass;
  } catch {
    return null;
  }
}

/** A detector for the formats this browser supports, or null when it can't scan at all. */
export async function createBarcodeDetector(): Promise<BarcodeDetectorInstance | null> {
  const Detector = await detectorClass();
  if (!Detector) return null;
  const supported = await Detector.getSupportedFormats().catch(() => [] as string[]);
  const formats = WANTED.filter((format) => supported.includes(format));
  return formats.length > 0 ? new Detector({ formats }) : null;
}
