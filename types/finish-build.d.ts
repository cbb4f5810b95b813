declare module "*/finish-build.mjs" {
  export const FINISHING_STEPS: string[];
}
