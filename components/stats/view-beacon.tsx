"use client";

import { useEffect } from "react";

/** Counts a view of a position once the page has shown, without holding the page up. */
export function ViewBeacon({ positionId }: { positionId: number }) {
  useEffect(() => {
    const url = `/api/positions/${positionId}/view`;
    if (!navigator.sendBeacon?.(url)) void fetch(url, { method: "POST", keepalive: true }).catch(() => {});
  }, [positionId]);
  return null;
}
