declare module "*/compile-hints.mjs" {
  export const COMPILE_HINT: string;
  export const MIN_CHUNK_BYTES: number;
  export function firstLoadChunks(distDir: string): string[];
  export function markFirstLoadChunks(distDir: string, minBytes?: number): { chunks: number; marked: number };
}
