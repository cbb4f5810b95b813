declare module "*/check-bundle-secrets.mjs" {
  export function secretValues(env?: Record<string, string | undefined>): string[];
  export function findSecrets(dir: string, secrets: string[]): { file: string; secret: number }[];
}
