/**
 * The fixed catalog of the demo: boards, platforms, locations, industries, announcement
 * categories and the campaign, with their ids (the seed inserts explicit ids).
 */

export const SEED_DEFAULT = 2020;

export const DEMO_CAMPAIGN_SLUG = "zhoushan-2020";

export const CAMPAIGN = {
  id: 1,
  slug: DEMO_CAMPAIGN_SLUG,
  nameZh: "2020年舟山高层次人才招引计划视频洽谈会",
  nameEn: "2020 Zhoushan High-Level Talent Recruitment Video Fair",
  sloganZh: "智汇群岛·同“舟”起航",
  sloganEn: "Smart Islands: Set Sail Together",
  /** Relative to the seed's `now`: the campaign is live. */
  startsDaysBeforeNow: 20,
  endsDaysAfterNow: 40,
} as const;

export const BOARD_HAICHUANG = 1;
export const BOARD_QIANQI = 2;

export const BOARDS = [
  {
    id: BOARD_HAICHUANG,
    code: "haichuang",
    nameZh: "五大海创平台",
    nameEn: "Five Marine Innovation Platforms",
    descriptionZh:
      "依托自贸区舟山片区、绿色石化基地、航空产业园、海洋科学城和国家远洋渔业基地五大平台,面向外贸、石化、航空、海洋电子信息、海洋生物等核心产业集聚高层次人才和创业创新项目。",
    descriptionEn:
      "Five platforms — the free-trade zone, the green petrochemical base, the aviation park, the marine science city and the distant-water fishery base — recruit high-level talents and start-up projects for Zhoushan's core industries.",
    sortOrder: 1,
  },
  {
    id: BOARD_QIANQI,
    code: "qianqi-baixiao",
    nameZh: "千企百校",
    nameEn: "Thousand Enterprises, Hundred Universities",
    descriptionZh: "全市企业、高校、医院和事业单位联合发布岗位,面向海内外高校毕业生和各类人才开展“云招聘”。",
    descriptionEn:
      "Enterprises, universities, hospitals and public institutions across the city post positions for graduates and professionals at home and abroad.",
    sortOrder: 2,
  },
] as const;

export type LocationCode =
  | "dinghai"
  | "putuo"
  | "daishan"
  | "shengsi"
  | "new-city"
  | "free-trade-zone"
  | "xiaoshan-enclave"
  | "yuhang-enclave";

export const LOCATIONS: readonly {
  id: number;
  code: LocationCode;
  kind: "district" | "zone" | "enclave";
  nameZh: string;
  nameEn: string;
  /** Administrative division used in the credit codes of employers registered there. */
  division: string;
}[] = [
  { id: 1, code: "dinghai", kind: "district", nameZh: "定海区", nameEn: "Dinghai District", division: "330902" },
  { id: 2, code: "putuo", kind: "district", nameZh: "普陀区", nameEn: "Putuo District", division: "330903" },
  { id: 3, code: "daishan", kind: "district", nameZh: "岱山县", nameEn: "Daishan County", division: "330921" },
  { id: 4, code: "shengsi", kind: "district", nameZh: "嵊泗县", nameEn: "Shengsi County", division: "330922" },
  {
    id: 5,
    code: "new-city",
    kind: "zone",
    nameZh: "舟山群岛新区新城",
    nameEn: "Zhoushan Archipelago New Area New City",
    division: "330900",
  },
  { id: 6, code: "free-trade-zone", kind: "zone", nameZh: "自贸区", nameEn: "Free Trade Zone", division: "330900" },
  {
    id: 7,
    code: "xiaoshan-enclave",
    kind: "enclave",
    nameZh: "杭州萧山人才飞地",
    nameEn: "Hangzhou Xiaoshan Talent Enclave",
    division: "330109",
  },
  {
    id: 8,
    code: "yuhang-enclave",
    kind: "enclave",
    nameZh: "杭州余杭人才飞地",
    nameEn: "Hangzhou Yuhang Talent Enclave",
    division: "330110",
  },
];

export function locationId(code: LocationCode): number {
  const found = LOCATIONS.find((l) => l.code === code);
  if (!found) throw new Error(`unknown location ${code}`);
  return found.id;
}

export type IndustryCode =
  | "foreign-trade"
  | "petrochemical"
  | "aviation"
  | "marine-electronics"
  | "marine-biology"
  | "shipbuilding"
  | "port-logistics"
  | "marine-tourism"
  | "aquatic-processing"
  | "healthcare"
  | "education-research"
  | "information-technology"
  | "finance";

export const INDUSTRIES: readonly { id: number; code: IndustryCode; nameZh: string; nameEn: string; core: boolean }[] = [
  { id: 1, code: "foreign-trade", nameZh: "外贸", nameEn: "Foreign Trade", core: true },
  { id: 2, code: "petrochemical", nameZh: "石化", nameEn: "Petrochemicals", core: true },
  { id: 3, code: "aviation", nameZh: "航空", nameEn: "Aviation", core: true },
  { id: 4, code: "marine-electronics", nameZh: "海洋电子信息", nameEn: "Marine Electronics & Information", core: true },
  { id: 5, code: "marine-biology", nameZh: "海洋生物", nameEn: "Marine Biotechnology", core: true },
  { id: 6, code: "shipbuilding", nameZh: "船舶修造", nameEn: "Shipbuilding & Repair", core: false },
  { id: 7, code: "port-logistics", nameZh: "港口物流", nameEn: "Port & Logistics", core: false },
  { id: 8, code: "marine-tourism", nameZh: "海洋旅游", nameEn: "Marine Tourism", core: false },
  { id: 9, code: "aquatic-processing", nameZh: "水产加工", nameEn: "Aquatic Product Processing", core: false },
  { id: 10, code: "healthcare", nameZh: "医疗卫生", nameEn: "Healthcare", core: false },
  { id: 11, code: "education-research", nameZh: "教育科研", nameEn: "Education & Research", core: false },
  { id: 12, code: "information-technology", nameZh: "信息技术", nameEn: "Information Technology", core: false },
  { id: 13, code: "finance", nameZh: "金融服务", nameEn: "Financial Services", core: false },
];

export function industryId(code: IndustryCode): number {
  const found = INDUSTRIES.find((i) => i.code === code);
  if (!found) throw new Error(`unknown industry ${code}`);
  return found.id;
}

export function industryByCode(code: IndustryCode) {
  const found = INDUSTRIES.find((i) => i.code === code);
  if (!found) throw new Error(`unknown industry ${code}`);
  return found;
}

/** The five platforms of 五大海创平台, with the industries and places their employers come from. */
export const PLATFORMS: readonly {
  id: number;
  boardId: number;
  code: string;
  nameZh: string;
  nameEn: string;
  /** Share of the board's employers. */
  weight: number;
  industries: readonly IndustryCode[];
  employerLocations: readonly LocationCode[];
  /** Where some of its positions are placed, besides the employer's own district. */
  zone: LocationCode | null;
}[] = [
  {
    id: 1,
    boardId: BOARD_HAICHUANG,
    code: "free-trade-zone",
    nameZh: "中国(浙江)自由贸易试验区舟山片区",
    nameEn: "China (Zhejiang) Pilot Free Trade Zone, Zhoushan Area",
    weight: 0.26,
    industries: ["foreign-trade", "port-logistics", "finance", "information-technology"],
    employerLocations: ["dinghai", "putuo", "daishan"],
    zone: "free-trade-zone",
  },
  {
    id: 2,
    boardId: BOARD_HAICHUANG,
    code: "green-petrochemical-base",
    nameZh: "舟山绿色石化基地",
    nameEn: "Zhoushan Green Petrochemical Base",
    weight: 0.2,
    industries: ["petrochemical"],
    employerLocations: ["daishan"],
    zone: null,
  },
  {
    id: 3,
    boardId: BOARD_HAICHUANG,
    code: "aviation-industrial-park",
    nameZh: "舟山航空产业园",
    nameEn: "Zhoushan Aviation Industrial Park",
    weight: 0.14,
    industries: ["aviation"],
    employerLocations: ["putuo"],
    zone: null,
  },
  {
    id: 4,
    boardId: BOARD_HAICHUANG,
    code: "marine-science-city",
    nameZh: "舟山海洋科学城",
    nameEn: "Zhoushan Marine Science City",
    weight: 0.25,
    industries: ["marine-electronics", "marine-biology", "information-technology"],
    employerLocations: ["dinghai", "putuo", "xiaoshan-enclave", "yuhang-enclave"],
    zone: "new-city",
  },
  {
    id: 5,
    boardId: BOARD_HAICHUANG,
    code: "distant-water-fishery-base",
    nameZh: "舟山国家远洋渔业基地",
    nameEn: "Zhoushan National Distant-Water Fishery Base",
    weight: 0.15,
    industries: ["aquatic-processing", "marine-biology", "shipbuilding"],
    employerLocations: ["putuo", "dinghai"],
    zone: null,
  },
];

export const ANNOUNCEMENT_CATEGORIES = [
  { id: 1, code: "high-level-talent", nameZh: "高层次人才招引", nameEn: "High-Level Talent Recruitment", sortOrder: 1 },
  { id: 2, code: "public-institution", nameZh: "事业单位公开招聘", nameEn: "Public Institution Recruitment", sortOrder: 2 },
  { id: 3, code: "state-owned", nameZh: "国有企业招聘", nameEn: "State-Owned Enterprise Recruitment", sortOrder: 3 },
  { id: 4, code: "programme-5313", nameZh: "“5313”行动计划项目申报", nameEn: "“5313” Programme Project Calls", sortOrder: 4 },
] as const;

/** 人才政策: the talent-policy tags a position or announcement offers (Zhoushan's 5313 programme and the like). */
export const POLICY_TAGS = [
  { id: 1, code: "settling-allowance", nameZh: "安家补贴", nameEn: "Settling-in allowance" },
  { id: 2, code: "housing-subsidy", nameZh: "购房补贴", nameEn: "Housing subsidy" },
  { id: 3, code: "talent-apartment", nameZh: "人才公寓", nameEn: "Talent apartment" },
  { id: 4, code: "living-allowance", nameZh: "生活津贴", nameEn: "Living allowance" },
  { id: 5, code: "startup-funding", nameZh: "创业资助", nameEn: "Start-up funding" },
  { id: 6, code: "research-funding", nameZh: "科研经费", nameEn: "Research funding" },
  { id: 7, code: "children-schooling", nameZh: "子女入学", nameEn: "Children's schooling" },
  { id: 8, code: "spouse-employment", nameZh: "配偶就业", nameEn: "Spouse employment" },
] as const;

export type PolicyTagCode = (typeof POLICY_TAGS)[number]["code"];
