/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters —
 *   1     registration authority (9 = market regulation, 1 = institutional staffing…)
 *   2     organisation category (1 = enterprise under 9; 2 = public institution under 1…)
 *   3–8   administrative division (330900 = 舟山市)
 *   9–17  organisation code, itself checked per GB 11714 (8 characters + check digit)
 *   18    check character over the first 17, modulo 31
 * Pure: no I/O, so the sign-up form, the API and the seed share it.
 */

/** The 31 characters of GB 32100 (no I, O, S, V, Z), in value order. */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** The shape the database also checks (employers_credit_code_shape_check). */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NP-RT-UW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RT-UW-Y]{10}$/;

/** 3^i mod 31 for i = 0…16. */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 11714 weights over the 8 body characters of an organisation code. */
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type CreditCodeProblem = "length" | "format" | "checksum" | "organization_code";

export type CreditCodeCheck = { ok: true } | { ok: false; problem: CreditCodeProblem };

/**
 * What a person typed, as a code: spaces and dashes dropped, full-width characters (from a
 * Chinese input method) made half-width, letters upper-cased.
 */
export function normalizeCreditCode(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-_]/g, "")
    .toUpperCase();
}

/** The 18th character for the first 17 (which must be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError("creditCodeCheckChar needs exactly 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`"${first17.charAt(i)}" is not a credit-code character`);
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 check digit (0–9 or X) of an organisation code's 8 body characters (0–9, A–Z). */
export function organizationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new RangeError("an organisation code body is 8 characters 0-9 or A-Z");
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += Number.parseInt(body8.charAt(i), 36) * (ORGANIZATION_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** Checks an already normalised code; the problem names what to tell the user. */
export function validateCreditCode(code: string): CreditCodeCheck {
  if (code.length !== 18) return { ok: false, problem: "length" };
  if (!CREDIT_CODE_PATTERN.test(code)) return { ok: false, problem: "format" };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17)) return { ok: false, problem: "checksum" };
  if (organizationCodeCheckChar(code.slice(8, 16)) !== code.charAt(16)) {
    return { ok: false, problem: "organization_code" };
  }
  return { ok: true };
}

export function isValidCreditCode(code: string): boolean {
  return validateCreditCode(code).ok;
}

export interface GenerateCreditCodeOptions {
  /** Registration authority + category: "91" an enterprise, "12" a public institution (事业单位). */
  prefix?: string;
  /** Six-digit administrative division code, e.g. "330902" for 定海区. */
  division?: string;
  /** "MA…" bodies are the ones issued since 2015; older ones are all digits. Default: either. */
  style?: "legacy" | "new" | "any";
}

/**
 * A valid code drawn with the given random source (a seeded PRNG in the seed, so that the
 * demo data is reproducible). It is only well-formed: it belongs to no real organisation
 * unless by chance.
 */
export function generateCreditCode(random: () => number, options: GenerateCreditCodeOptions = {}): string {
  const prefix = options.prefix ?? "91";
  const division = options.division ?? "330900";
  if (!/^[0-9A-HJ-NP-RT-UW-Y]{2}$/.test(prefix)) throw new RangeError(`bad credit-code prefix "${prefix}"`);
  if (!/^[0-9]{6}$/.test(division)) throw new RangeError(`bad division code "${division}"`);
  const style = options.style ?? "any";
  const newStyle = style === "new" || (style === "any" && random() < 0.5);
  const draw = (chars: string) => chars.charAt(Math.floor(random() * chars.length) % chars.length);
  let body = newStyle ? "MA" : "";
  while (body.length < 8) body += draw(newStyle ? CREDIT_CODE_ALPHABET : "0123456789");
  const first17 = prefix + division + body + organizationCodeCheckChar(body);
  return first17 + creditCodeCheckChar(first17);
}
