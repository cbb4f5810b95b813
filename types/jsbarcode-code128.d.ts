// jsbarcode ships types for its DOM renderer only; we use its Code 128 encoder and draw the bars ourselves.
declare module "jsbarcode/bin/barcodes/CODE128" {
  export class CODE128 {
    constructor(data: string, options: Record<string, unknown>);
    valid(): boolean;
    encode(): { text: string; data: string };
  }
}
