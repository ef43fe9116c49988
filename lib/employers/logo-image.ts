/**
 * What an uploaded logo is, told by its first bytes — never by its file name or the type the
 * browser claims, both of which the uploader chooses. Only raster formats a browser shows in an
 * <img> are taken: SVG (script inside an image) and everything else are refused. Pure, so the
 * client can share the limits.
 */
export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoType = "image/png" | "image/jpeg" | "image/webp";

export const LOGO_EXTENSIONS: Record<LogoType, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

/** The image type the bytes really are, or null when they are none of PNG, JPEG or WebP. */
export function sniffImageType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  // RIFF, a 4-byte length, then the form type "WEBP".
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp";
  return null;
}

export type LogoProblem = "logo_empty" | "logo_too_large" | "logo_type";

/** Why these bytes cannot be a logo, or their type when they can. */
export function checkLogo(bytes: Uint8Array): { ok: true; type: LogoType } | { ok: false; problem: LogoProblem } {
  if (bytes.length === 0) return { ok: false, problem: "logo_empty" };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: "logo_too_large" };
  const type = sniffImageType(bytes);
  return type ? { ok: true, type } : { ok: false, problem: "logo_type" };
}
