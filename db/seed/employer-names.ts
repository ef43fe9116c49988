/** Names of employers: made-up trade names for enterprises, a short list of institutions. */
import type { IndustryCode, LocationCode } from "./catalog-data";
import {
  BRAND_FIRST,
  BRAND_SECOND,
  HOSPITALS,
  INDUSTRY_PHRASES,
  NAME_REGIONS,
  PUBLIC_INSTITUTION_SCOPES,
  PUBLIC_INSTITUTION_UNITS,
  RESEARCH_FIELDS,
  RESEARCH_INSTITUTES,
  RESEARCH_PREFIXES,
  RESEARCH_SUFFIXES,
  SCHOOLS,
  UNIVERSITIES,
  type NamedInstitution,
} from "./employer-data";
import type { EmployerKind } from "./position-templates";
import type { Rng } from "./random";

export interface Identity {
  kind: EmployerKind;
  industry: IndustryCode;
  location: LocationCode;
  nameZh: string;
  nameEn: string | null;
}

const REGIONS = NAME_REGIONS.map(([zh, en, w]) => [[zh, en] as const, w] as const);
const STATE_OWNED_REGIONS = [["舟山市", "Zhoushan"], ["舟山", "Zhoushan"]] as const;

/** Draws names without repeating one; pools of real-style institutions run out, then enterprises take over. */
export class Namer {
  private used = new Set<string>();
  private universities = 0;
  private hospitals = 0;
  private schools = 0;
  private fixedInstitutes = 0;

  constructor(private rng: Rng) {}

  reserve(name: string): void {
    this.used.add(name);
  }

  enterprise(industry: IndustryCode, stateOwned: boolean): [string, string] {
    const rng = this.rng;
    for (let attempt = 0; attempt < 60; attempt++) {
      const [regionZh, regionEn] = stateOwned ? rng.pick(STATE_OWNED_REGIONS) : rng.weighted(REGIONS);
      const first = rng.pick(BRAND_FIRST);
      const second = rng.pick(BRAND_SECOND);
      if (first[0] === second[0]) continue;
      let brandZh = first[0] + second[0];
      let brandEn = first[1] + second[1];
      if (attempt >= 12) {
        const third = rng.pick(BRAND_SECOND);
        brandZh += third[0];
        brandEn += third[1];
      }
      const [phraseZh, phraseEn] = rng.pick(INDUSTRY_PHRASES[industry]);
      const [suffixZh, suffixEn] = stateOwned
        ? rng.chance(0.5)
          ? (["集团有限公司", "Group Co., Ltd."] as const)
          : (["有限公司", "Co., Ltd."] as const)
        : rng.chance(0.15)
          ? (["股份有限公司", "Co., Ltd."] as const)
          : (["有限公司", "Co., Ltd."] as const);
      const zh = regionZh + brandZh + phraseZh + suffixZh;
      if (this.used.has(zh)) continue;
      this.used.add(zh);
      return [zh, `${regionEn} ${brandEn} ${phraseEn} ${suffixEn}`];
    }
    // Practically unreachable: tens of millions of combinations.
    const zh = `舟山${rng.chars("海蓝东远鑫恒华金瀛舟", 4)}科技有限公司`;
    this.used.add(zh);
    return [zh, "Zhoushan Technology Co., Ltd."];
  }

  private fromPool(pool: readonly NamedInstitution[], cursor: "universities" | "hospitals" | "schools"): NamedInstitution | null {
    while (this[cursor] < pool.length) {
      const item = pool[this[cursor]++];
      if (item && !this.used.has(item.nameZh)) {
        this.used.add(item.nameZh);
        return item;
      }
    }
    return null;
  }

  university(): NamedInstitution | null {
    return this.fromPool(UNIVERSITIES, "universities");
  }

  hospital(): NamedInstitution | null {
    return this.fromPool(HOSPITALS, "hospitals");
  }

  school(): NamedInstitution | null {
    return this.fromPool(SCHOOLS, "schools");
  }

  institute(industries: readonly IndustryCode[]): [string, string, IndustryCode] | null {
    const rng = this.rng;
    while (this.fixedInstitutes < RESEARCH_INSTITUTES.length) {
      const fixed = RESEARCH_INSTITUTES[this.fixedInstitutes];
      if (!fixed || !industries.includes(fixed.industry)) break;
      this.fixedInstitutes++;
      if (this.used.has(fixed.nameZh)) continue;
      this.used.add(fixed.nameZh);
      return [fixed.nameZh, fixed.nameEn, fixed.industry];
    }
    for (let attempt = 0; attempt < 12; attempt++) {
      const industry = rng.pick(industries);
      const field = RESEARCH_FIELDS[industry];
      if (!field) continue;
      const [prefixZh, prefixEn] = rng.pick(RESEARCH_PREFIXES);
      const [suffixZh, suffixEn] = rng.pick(RESEARCH_SUFFIXES);
      const zh = prefixZh + field[0] + suffixZh;
      if (this.used.has(zh)) continue;
      this.used.add(zh);
      return [zh, `${prefixEn} ${field[1]} ${suffixEn}`, industry];
    }
    return null;
  }

  publicUnit(): [string, string, IndustryCode, LocationCode] | null {
    const rng = this.rng;
    for (let attempt = 0; attempt < 12; attempt++) {
      const [scopeZh, scopeEn, location] = rng.pick(PUBLIC_INSTITUTION_SCOPES);
      const [unitZh, unitEn, industry] = rng.pick(PUBLIC_INSTITUTION_UNITS);
      const zh = scopeZh + unitZh;
      if (this.used.has(zh)) continue;
      this.used.add(zh);
      return [zh, `${scopeEn} ${unitEn}`, industry, location];
    }
    return null;
  }
}
