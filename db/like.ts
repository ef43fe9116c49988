/** LIKE's pattern for "contains `text`": its %, _ and \ match themselves (backslash is LIKE's default escape). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
