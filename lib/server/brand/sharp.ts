import "server-only";
import { createRequire } from "node:module";

/**
 * sharp, loaded on first use: it is native code that only a brand's logo needs. Required, not import()ed:
 * Turbopack treats an import() of an external package as an async module, and one async module anywhere
 * adds async module support (+0.45 kB gzip) to the browser runtime every page loads.
 */
export const loadSharp = () => createRequire(import.meta.url)("sharp") as typeof import("sharp").default;
