/**
 * Who registers an intent on which position, and whom an employer signs: a demo behaviour of
 * the generator, not the matching model. lib/matching scores talents and positions for the
 * product; db/ knows no domain rule, so this file has its own rough idea of a good fit, read
 * from the compact arrays that generate-talents and generate-positions keep (TalentMeta,
 * PositionMeta) — never from lib/.
 *
 * A talent can take a position when their education meets its floor and it is in an industry
 * or a place they wish for; a better fit shares more of its skills, studied one of its majors,
 * is paid at least what they asked, has the experience, is wished for twice (industry and
 * place), and is open to them as a returnee.
 */
import { INDUSTRY_PROFILES } from "./position-templates";
import { ALL_TEMPLATES, TALENT_LEVELS, type PositionMeta } from "./generate-positions";
import type { TalentMeta } from "./generate-talents";
import type { Rng } from "./random";

/** Skills a talent lists, at most: TalentMeta.skills keeps this many ids per talent (0 = none). */
export const TALENT_SKILL_SLOTS = 6;

const MAJOR_SEPARATORS = /[、,，/;；]/;

// Skills and majors as small numbers; 0 means none. Only equality of ids matters, so the table
// may grow (the demo talent's own skills) without changing any generated value.
const skillIds = new Map<string, number>();
const majorIds = new Map<string, number>();
const intern = (table: Map<string, number>, key: string) => {
  let id = table.get(key);
  if (id === undefined) {
    id = table.size + 1;
    table.set(key, id);
  }
  return id;
};
export const skillId = (skill: string): number => intern(skillIds, skill.trim().toLowerCase());
export const majorId = (major: string): number => intern(majorIds, major.trim());

/** Each template's skills as ids, in the template's order (PositionMeta.skills is a mask over it). */
const TEMPLATE_SKILLS: readonly (readonly number[])[] = ALL_TEMPLATES.map((t) => t.skills.map(skillId));
const TEMPLATE_MAJORS: readonly (readonly string[])[] = ALL_TEMPLATES.map((t) =>
  t.major.split(MAJOR_SEPARATORS).map((m) => m.trim()).filter((m) => m !== ""),
);
for (const profile of Object.values(INDUSTRY_PROFILES)) {
  profile.skills.forEach(skillId);
  profile.majors.forEach(majorId);
}
const GRADUATE_LEVEL = TALENT_LEVELS.indexOf("graduate");
const majorNames: string[] = [];
const majorFits = new Map<number, number>();

/** 2 when the template lists the major, 1 when one contains the other, else 0. */
function majorFit(template: number, major: number): number {
  const key = template * 65_536 + major;
  const cached = majorFits.get(key);
  if (cached !== undefined) return cached;
  if (majorNames.length <= majorIds.size) for (const [name, id] of majorIds) majorNames[id] = name;
  const name = majorNames[major] ?? "";
  const listed = TEMPLATE_MAJORS[template] ?? [];
  const value = name === "" ? 0 : listed.includes(name) ? 2 : listed.some((m) => m.includes(name) || name.includes(m)) ? 1 : 0;
  majorFits.set(key, value);
  return value;
}

/** The position's skills the talent has, and how many the position asks for. */
function sharedSkills(talents: TalentMeta, t: number, positions: PositionMeta, p: number): [number, number] {
  const ids = TEMPLATE_SKILLS[positions.template[p] ?? 0] ?? [];
  const mask = positions.skills[p] ?? 0;
  let asked = 0;
  let shared = 0;
  for (let k = 0; k < ids.length; k++) {
    if ((mask & (1 << k)) === 0) continue;
    asked++;
    const id = ids[k];
    for (let s = t * TALENT_SKILL_SLOTS; s < (t + 1) * TALENT_SKILL_SLOTS; s++) {
      if (talents.skills[s] === id) {
        shared++;
        break;
      }
    }
  }
  return [shared, asked];
}

/** Can talent t take published position p (education, and a wished industry or place)? */
export function canTake(talents: TalentMeta, t: number, positions: PositionMeta, p: number): boolean {
  if ((talents.education[t] ?? 0) < (positions.education[p] ?? 0)) return false;
  const industry = positions.industry[p] ?? 0;
  const location = positions.location[p] ?? 0;
  return (((talents.wishIndustries[t] ?? 0) >>> industry) & 1) === 1 || (((talents.wishLocations[t] ?? 0) >>> location) & 1) === 1;
}

/** How well talent t fits position p, 0–100; -1 when they cannot take it. A demo heuristic. */
export function fitOf(talents: TalentMeta, t: number, positions: PositionMeta, p: number): number {
  if (!canTake(talents, t, positions, p)) return -1;
  let fit = 0;
  const [shared, asked] = sharedSkills(talents, t, positions, p);
  if (asked > 0) fit += (30 * shared) / asked;
  if ((((talents.wishIndustries[t] ?? 0) >>> (positions.industry[p] ?? 0)) & 1) === 1) fit += 15;
  if ((((talents.wishLocations[t] ?? 0) >>> (positions.location[p] ?? 0)) & 1) === 1) fit += 15;
  fit += 5 * majorFit(positions.template[p] ?? 0, talents.major[t] ?? 0);
  const pays = positions.pays[p] ?? 0;
  const asks = talents.salaryMin[t] ?? 0;
  if (pays === 0 || asks === 0) fit += 5;
  else if (pays >= asks) fit += 10;
  else if (pays * 10 >= asks * 8) fit += 5;
  const years = talents.years[t] ?? 0;
  const wanted = positions.experience[p] ?? 0;
  if (positions.level[p] === GRADUATE_LEVEL) fit += years <= 2 ? 10 : 2;
  else if (years >= wanted) fit += 10;
  else if (years + 2 >= wanted) fit += 5;
  if (positions.overseas[p] === 1 && talents.overseas[t] === 1) fit += 5;
  return fit;
}


/** How many positions a talent looks at per intent: bounded, whatever the number of positions. */
export const LOOKED_AT = { perIndustry: 16, perLocation: 8, anywhere: 4 } as const;

/**
 * A bounded set of published positions a talent might look at: those of their wished
 * industries and places (all of them while there are few, a random handful each at scale),
 * plus a few anywhere. May repeat a position.
 */
export function candidatesFor(rng: Rng, talents: TalentMeta, t: number, positions: PositionMeta, out: number[]): number[] {
  out.length = 0;
  const take = (group: { offsets: Int32Array; items: Int32Array }, id: number, budget: number) => {
    const from = group.offsets[id] ?? 0;
    const to = group.offsets[id + 1] ?? 0;
    if (to - from <= budget) for (let i = from; i < to; i++) out.push(group.items[i] ?? 0);
    else for (let n = 0; n < budget; n++) out.push(group.items[from + Math.floor(rng.next() * (to - from))] ?? 0);
  };
  const industries = talents.wishIndustries[t] ?? 0;
  const locations = talents.wishLocations[t] ?? 0;
  for (let id = 1; id < 32; id++) if (((industries >>> id) & 1) === 1) take(positions.byIndustry, id, LOOKED_AT.perIndustry);
  for (let id = 1; id < 32; id++) if (((locations >>> id) & 1) === 1) take(positions.byLocation, id, LOOKED_AT.perLocation);
  for (let n = 0; n < LOOKED_AT.anywhere; n++) out.push(rng.int(0, positions.published - 1));
  return out;
}

/**
 * One of the candidates the talent can take and has not yet applied to, better fits first:
 * the best with probability 1 - keep, the second with (1 - keep)·keep, and so on. null when
 * there is none.
 */
export function pickByFit(
  rng: Rng,
  talents: TalentMeta,
  t: number,
  positions: PositionMeta,
  candidates: readonly number[],
  keep: number,
  skip: (p: number) => boolean,
): number | null {
  const scored: [number, number][] = [];
  const seen = new Set<number>();
  for (const p of candidates) {
    if (seen.has(p)) continue;
    seen.add(p);
    if (skip(p)) continue;
    const fit = fitOf(talents, t, positions, p);
    if (fit >= 0) scored.push([p, fit]);
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  let k = 0;
  while (k < scored.length - 1 && rng.chance(keep)) k++;
  return scored[k]?.[0] ?? null;
}
