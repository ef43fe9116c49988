/** A route's numeric id: a positive 32-bit integer written plainly, else null. */
export function parseId(value: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}
