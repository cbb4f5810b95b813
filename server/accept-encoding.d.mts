export function preferredEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null;
