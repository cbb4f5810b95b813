declare module "*/precompress.mjs" {
  export const PRECOMPRESSED: RegExp;
  export function precompress(staticDir: string): { files: number; before: number; after: number };
}
