import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shownLogo } from "./logo";

const publicFile = (name: string) => path.join(process.cwd(), "public", name);

describe("shownLogo", () => {
  it("gives a logo file's own pixel size, so its header box is right before it loads", async () => {
    expect(await shownLogo({ kind: "file", src: "/icon.svg", file: publicFile("icon.svg") })).toEqual({
      src: "/icon.svg",
      width: 512,
      height: 512,
    });
  });

  it("gives only the address when the size cannot be known", async () => {
    const url = "https://cdn.brand.example/logo.png";
    expect(await shownLogo({ kind: "url", src: url, origin: "https://cdn.brand.example" })).toEqual({
      src: url,
    });
    const broken = path.join(tmpdir(), `cw-logo-${process.pid}.png`);
    writeFileSync(broken, "not a png");
    expect(await shownLogo({ kind: "file", src: "/logo.png", file: broken })).toEqual({ src: "/logo.png" });
    expect(await shownLogo(undefined)).toBeUndefined();
  });
});
