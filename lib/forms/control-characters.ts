/**
 * Control characters — NUL above all, which PostgreSQL cannot store or compare in text — are
 * refused in every form field and search word; tab and line breaks are text.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}
