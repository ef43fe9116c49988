"use client";

import { useSyncExternalStore } from "react";
import { Select } from "@/components/ui/field";

const noChange = () => () => {};
let zones: string[] | undefined;
const browserZones = () => (zones ??= Intl.supportedValuesOf("timeZone"));
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Every time zone the browser knows; the saved one when there is one, else the browser's own.
 * The server renders only the fallback, and the browser's list and zone replace it on hydration.
 */
export function TimeZoneSelect({ name, saved, fallback, ...props }: { name: string; saved: string | null; fallback: string; id: string; "aria-invalid": boolean; "aria-describedby"?: string }) {
  const list = useSyncExternalStore(noChange, browserZones, () => null);
  const browser = useSyncExternalStore(noChange, browserZone, () => null);
  const options = list ?? [saved ?? fallback];
  const initial = saved ?? (browser && options.includes(browser) ? browser : fallback);
  // Keyed by its default: React resets a form after its action, and a select keeps the default it was mounted with.
  return (
    <Select {...props} key={`${initial}:${options.length}`} name={name} defaultValue={initial} data-testid="time-zone">
      {options.map((z) => (
        <option key={z} value={z}>
          {z.replaceAll("_", " ")}
        </option>
      ))}
    </Select>
  );
}
