"use client";

import { useState, useSyncExternalStore } from "react";
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
  return <ZoneSelect {...props} key={`${initial}:${options.length}`} name={name} initial={initial} options={options} />;
}

/** Controlled, so the choice survives React's reset of the form after a failed submit. */
function ZoneSelect({ initial, options, ...props }: { name: string; initial: string; options: string[]; id: string; "aria-invalid": boolean; "aria-describedby"?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <Select {...props} value={value} onChange={(e) => setValue(e.target.value)} data-testid="time-zone">
      {options.map((z) => (
        <option key={z} value={z}>
          {z.replaceAll("_", " ")}
        </option>
      ))}
    </Select>
  );
}
