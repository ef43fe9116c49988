import { describe, expect, it } from "vitest";
import { checkLogo, LOGO_MAX_BYTES, sniffImageType } from "./logo-image";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR");
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF");
const webp = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");

describe("sniffImageType", () => {
  it("knows PNG, JPEG and WebP by their first bytes", () => {
    expect(sniffImageType(png)).toBe("image/png");
    expect(sniffImageType(jpeg)).toBe("image/jpeg");
    expect(sniffImageType(webp)).toBe("image/webp");
  });

  it("refuses SVG, HTML, text, GIF and other RIFF files whatever they are called", () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(bytes('<?xml version="1.0"?><svg/>'))).toBeNull();
    expect(sniffImageType(bytes("<html><img src=x onerror=alert(1)>"))).toBeNull();
    expect(sniffImageType(bytes("this is not a picture.png"))).toBeNull();
    expect(sniffImageType(bytes("GIF89a", [1, 0, 1, 0]))).toBeNull();
    expect(sniffImageType(bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "))).toBeNull();
  });

  it("refuses truncated signatures rather than reading past the end", () => {
    expect(sniffImageType(png.slice(0, 7))).toBeNull();
    expect(sniffImageType(jpeg.slice(0, 2))).toBeNull();
    expect(sniffImageType(webp.slice(0, 11))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe("checkLogo", () => {
  it("says what is wrong: empty, too large, or not an image we take", () => {
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, problem: "logo_empty" });
    const huge = new Uint8Array(LOGO_MAX_BYTES + 1);
    huge.set(png);
    expect(checkLogo(huge)).toEqual({ ok: false, problem: "logo_too_large" });
    expect(checkLogo(bytes("<svg/>"))).toEqual({ ok: false, problem: "logo_type" });
  });

  it("takes an image of exactly the limit", () => {
    const limit = new Uint8Array(LOGO_MAX_BYTES);
    limit.set(jpeg);
    expect(checkLogo(limit)).toEqual({ ok: true, type: "image/jpeg" });
  });
});
