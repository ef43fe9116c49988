/**
 * Parts of employer names. Enterprises get made-up trade names (字号) built from two
 * characters; universities, hospitals and institutes come from a short list of the kind of
 * organisations Zhoushan has. Their credit codes are generated, never real ones.
 */
import type { IndustryCode, LocationCode } from "./catalog-data";
import type { EmployerKind } from "./position-templates";

/** First and second characters of trade names, with pinyin for the English name. */
export const BRAND_FIRST: readonly (readonly [string, string])[] = [
  ["海", "Hai"], ["蓝", "Lan"], ["东", "Dong"], ["远", "Yuan"], ["鑫", "Xin"], ["恒", "Heng"],
  ["华", "Hua"], ["金", "Jin"], ["瀛", "Ying"], ["舟", "Zhou"], ["汇", "Hui"], ["宏", "Hong"],
  ["安", "An"], ["中", "Zhong"], ["新", "Xin"], ["明", "Ming"], ["航", "Hang"], ["宁", "Ning"],
  ["信", "Xin"], ["博", "Bo"], ["振", "Zhen"], ["泰", "Tai"], ["昌", "Chang"], ["润", "Run"],
  ["德", "De"], ["星", "Xing"], ["晨", "Chen"], ["洋", "Yang"], ["盛", "Sheng"], ["益", "Yi"],
];

export const BRAND_SECOND: readonly (readonly [string, string])[] = [
  ["诚", "cheng"], ["达", "da"], ["通", "tong"], ["源", "yuan"], ["丰", "feng"], ["兴", "xing"],
  ["洲", "zhou"], ["康", "kang"], ["创", "chuang"], ["拓", "tuo"], ["宇", "yu"], ["嘉", "jia"],
  ["和", "he"], ["瑞", "rui"], ["峰", "feng"], ["辉", "hui"], ["远", "yuan"], ["安", "an"],
  ["联", "lian"], ["海", "hai"], ["泽", "ze"], ["科", "ke"], ["捷", "jie"], ["鸿", "hong"],
  ["翔", "xiang"], ["耀", "yao"], ["川", "chuan"], ["晟", "sheng"], ["禾", "he"], ["澜", "lan"],
];

export const NAME_REGIONS: readonly (readonly [string, string, number])[] = [
  ["舟山", "Zhoushan", 0.62],
  ["浙江", "Zhejiang", 0.18],
  ["浙江舟山", "Zhejiang Zhoushan", 0.12],
  ["舟山市", "Zhoushan", 0.08],
];

/** The business part of an enterprise name, per industry: [中文, English]. */
export const INDUSTRY_PHRASES: Record<IndustryCode, readonly (readonly [string, string])[]> = {
  "foreign-trade": [["国际贸易", "International Trading"], ["进出口", "Import & Export"], ["供应链管理", "Supply Chain Management"], ["石油贸易", "Oil Trading"], ["大宗商品交易", "Commodities Trading"]],
  petrochemical: [["石化", "Petrochemical"], ["化工新材料", "Advanced Chemical Materials"], ["炼化工程", "Refining Engineering"], ["石油化工技术", "Petrochemical Technology"], ["能源", "Energy"]],
  aviation: [["航空科技", "Aviation Technology"], ["通用航空", "General Aviation"], ["航空维修工程", "Aircraft Maintenance Engineering"], ["航空零部件", "Aviation Components"]],
  "marine-electronics": [["海洋电子", "Marine Electronics"], ["海洋信息科技", "Marine Information Technology"], ["智能船舶系统", "Smart Ship Systems"], ["海洋探测技术", "Ocean Sensing Technology"], ["海洋电子信息科技", "Marine Electronic Information Technology"]],
  "marine-biology": [["海洋生物科技", "Marine Biotechnology"], ["海洋生物医药", "Marine Biopharmaceutical"], ["海洋功能食品", "Marine Functional Foods"], ["海洋生物工程", "Marine Bioengineering"]],
  shipbuilding: [["船舶修造", "Shipbuilding & Repair"], ["船舶工程", "Marine Engineering"], ["海洋装备", "Offshore Equipment"], ["船舶设计", "Ship Design"], ["修造船", "Ship Repair"]],
  "port-logistics": [["港口物流", "Port Logistics"], ["国际船舶代理", "International Shipping Agency"], ["航运", "Shipping"], ["冷链物流", "Cold-Chain Logistics"], ["港务", "Port Services"]],
  "marine-tourism": [["海洋旅游开发", "Marine Tourism Development"], ["海岛文旅", "Island Culture & Tourism"], ["邮轮服务", "Cruise Services"], ["旅游发展", "Tourism Development"]],
  "aquatic-processing": [["水产食品", "Aquatic Foods"], ["远洋渔业", "Distant-Water Fishing"], ["海洋食品", "Seafood"], ["水产", "Aquatic Products"]],
  healthcare: [["医疗器械", "Medical Devices"], ["健康科技", "Health Technology"]],
  "education-research": [["检测技术", "Testing Technology"], ["教育科技", "Education Technology"]],
  "information-technology": [["信息技术", "Information Technology"], ["数字科技", "Digital Technology"], ["软件", "Software"], ["数据科技", "Data Technology"], ["网络科技", "Network Technology"]],
  finance: [["融资租赁", "Financial Leasing"], ["投资管理", "Investment Management"], ["供应链金融", "Supply Chain Finance"], ["航运金融服务", "Shipping Finance Services"]],
};

/** Industries an ordinary enterprise of the 千企百校 board is in. */
export const QIANQI_ENTERPRISE_INDUSTRIES: readonly (readonly [IndustryCode, number])[] = [
  ["shipbuilding", 0.15],
  ["port-logistics", 0.13],
  ["information-technology", 0.13],
  ["aquatic-processing", 0.1],
  ["marine-tourism", 0.09],
  ["foreign-trade", 0.09],
  ["finance", 0.07],
  ["marine-electronics", 0.07],
  ["marine-biology", 0.06],
  ["petrochemical", 0.06],
  ["aviation", 0.05],
];

export interface NamedInstitution {
  nameZh: string;
  nameEn: string;
  industry: IndustryCode;
  location: LocationCode;
}

export const UNIVERSITIES: readonly NamedInstitution[] = [
  { nameZh: "浙江海洋大学", nameEn: "Zhejiang Ocean University", industry: "education-research", location: "dinghai" },
  { nameZh: "浙江大学海洋学院", nameEn: "Ocean College, Zhejiang University", industry: "education-research", location: "dinghai" },
  { nameZh: "浙江国际海运职业技术学院", nameEn: "Zhejiang International Maritime College", industry: "education-research", location: "dinghai" },
  { nameZh: "浙江舟山群岛新区旅游与健康职业学院", nameEn: "Zhejiang Zhoushan Tourism & Health College", industry: "education-research", location: "dinghai" },
  { nameZh: "浙江海洋大学东海科学技术学院", nameEn: "Donghai Science and Technology College, Zhejiang Ocean University", industry: "education-research", location: "putuo" },
  { nameZh: "舟山开放大学", nameEn: "Zhoushan Open University", industry: "education-research", location: "dinghai" },
];

export const HOSPITALS: readonly NamedInstitution[] = [
  { nameZh: "浙江省舟山医院", nameEn: "Zhoushan Hospital of Zhejiang Province", industry: "healthcare", location: "dinghai" },
  { nameZh: "舟山市妇女儿童医院", nameEn: "Zhoushan Women and Children's Hospital", industry: "healthcare", location: "dinghai" },
  { nameZh: "舟山市中医院", nameEn: "Zhoushan Hospital of Traditional Chinese Medicine", industry: "healthcare", location: "dinghai" },
  { nameZh: "舟山市第二人民医院", nameEn: "Zhoushan Second People's Hospital", industry: "healthcare", location: "dinghai" },
  { nameZh: "舟山市普陀医院", nameEn: "Putuo Hospital of Zhoushan", industry: "healthcare", location: "putuo" },
  { nameZh: "舟山市定海区人民医院", nameEn: "Dinghai District People's Hospital", industry: "healthcare", location: "dinghai" },
  { nameZh: "舟山市普陀区人民医院", nameEn: "Putuo District People's Hospital", industry: "healthcare", location: "putuo" },
  { nameZh: "岱山县第一人民医院", nameEn: "Daishan First People's Hospital", industry: "healthcare", location: "daishan" },
  { nameZh: "岱山县中医院", nameEn: "Daishan Hospital of Traditional Chinese Medicine", industry: "healthcare", location: "daishan" },
  { nameZh: "嵊泗县人民医院", nameEn: "Shengsi People's Hospital", industry: "healthcare", location: "shengsi" },
  { nameZh: "舟山市疾病预防控制中心", nameEn: "Zhoushan Center for Disease Control and Prevention", industry: "healthcare", location: "dinghai" },
  { nameZh: "舟山市口腔医院", nameEn: "Zhoushan Stomatological Hospital", industry: "healthcare", location: "dinghai" },
  { nameZh: "舟山市第三人民医院", nameEn: "Zhoushan Third People's Hospital", industry: "healthcare", location: "putuo" },
  { nameZh: "舟山市急救中心", nameEn: "Zhoushan Emergency Medical Center", industry: "healthcare", location: "dinghai" },
];

/** Well-known institutes first; then names built from a prefix and a field. */
export const RESEARCH_INSTITUTES: readonly NamedInstitution[] = [
  { nameZh: "浙江省海洋水产研究所", nameEn: "Marine Fisheries Research Institute of Zhejiang", industry: "marine-biology", location: "dinghai" },
  { nameZh: "浙江省海洋开发研究院", nameEn: "Zhejiang Marine Development Research Institute", industry: "marine-electronics", location: "dinghai" },
  { nameZh: "浙江大学舟山海洋研究中心", nameEn: "Zhoushan Ocean Research Center, Zhejiang University", industry: "marine-electronics", location: "dinghai" },
];

/** [中文, English] field of an institute named after its industry. */
export const RESEARCH_FIELDS: Partial<Record<IndustryCode, readonly [string, string]>> = {
  "foreign-trade": ["国际贸易与自贸区发展", "International Trade & Free Trade Zone Development"],
  petrochemical: ["绿色石化技术", "Green Petrochemical Technology"],
  aviation: ["航空产业技术", "Aviation Industry Technology"],
  "marine-electronics": ["海洋电子信息", "Marine Electronic Information"],
  "marine-biology": ["海洋生物医药", "Marine Biomedicine"],
  shipbuilding: ["船舶与海洋工程", "Naval Architecture & Ocean Engineering"],
  "port-logistics": ["港口航运", "Port & Shipping"],
  "marine-tourism": ["海岛旅游发展", "Island Tourism Development"],
  "aquatic-processing": ["水产品精深加工", "Aquatic Product Processing"],
  "education-research": ["海洋科学", "Marine Science"],
  "information-technology": ["数字经济", "Digital Economy"],
  finance: ["海洋金融", "Marine Finance"],
};

export const RESEARCH_PREFIXES: readonly (readonly [string, string])[] = [
  ["舟山", "Zhoushan"],
  ["舟山市", "Zhoushan Municipal"],
  ["舟山群岛新区", "Zhoushan Archipelago New Area"],
  ["浙江舟山", "Zhejiang Zhoushan"],
];

export const RESEARCH_SUFFIXES: readonly (readonly [string, string])[] = [
  ["研究院", "Research Institute"],
  ["研究中心", "Research Center"],
];

/** 事业单位: [中文, English, industry]; prefixed by the city or a district. */
export const PUBLIC_INSTITUTION_UNITS: readonly (readonly [string, string, IndustryCode])[] = [
  ["人才发展服务中心", "Talent Development Service Center", "education-research"],
  ["海洋经济发展服务中心", "Marine Economy Development Service Center", "foreign-trade"],
  ["投资促进中心", "Investment Promotion Center", "finance"],
  ["大数据发展中心", "Big Data Development Center", "information-technology"],
  ["港航发展服务中心", "Port and Shipping Development Service Center", "port-logistics"],
  ["渔农业技术推广中心", "Fishery and Agriculture Technology Extension Center", "aquatic-processing"],
  ["科技创新服务中心", "Science and Technology Innovation Service Center", "education-research"],
  ["检验检测研究院", "Inspection and Testing Institute", "education-research"],
  ["文化旅游发展中心", "Culture and Tourism Development Center", "marine-tourism"],
  ["海洋与渔业执法保障中心", "Ocean and Fishery Enforcement Support Center", "aquatic-processing"],
];

export const PUBLIC_INSTITUTION_SCOPES: readonly (readonly [string, string, LocationCode])[] = [
  ["舟山市", "Zhoushan", "dinghai"],
  ["定海区", "Dinghai District", "dinghai"],
  ["普陀区", "Putuo District", "putuo"],
  ["岱山县", "Daishan County", "daishan"],
  ["嵊泗县", "Shengsi County", "shengsi"],
];

/** Public schools: 事业单位 in education. */
export const SCHOOLS: readonly NamedInstitution[] = [
  { nameZh: "浙江省舟山中学", nameEn: "Zhoushan High School of Zhejiang Province", industry: "education-research", location: "dinghai" },
  { nameZh: "舟山市田家炳中学", nameEn: "Zhoushan Tin Ka Ping Middle School", industry: "education-research", location: "dinghai" },
  { nameZh: "舟山市定海第一中学", nameEn: "Dinghai No. 1 Middle School", industry: "education-research", location: "dinghai" },
  { nameZh: "舟山市普陀中学", nameEn: "Putuo Middle School", industry: "education-research", location: "putuo" },
  { nameZh: "岱山县大衢中学", nameEn: "Daqu Middle School of Daishan", industry: "education-research", location: "daishan" },
  { nameZh: "嵊泗中学", nameEn: "Shengsi Middle School", industry: "education-research", location: "shengsi" },
];

/** Kinds on each board, by share of its employers. */
export const HAICHUANG_KINDS: readonly (readonly [EmployerKind, number])[] = [
  ["enterprise", 0.62],
  ["state_owned", 0.25],
  ["research_institute", 0.13],
];

export const QIANQI_KINDS: readonly (readonly [EmployerKind, number])[] = [
  ["enterprise", 0.5],
  ["state_owned", 0.12],
  ["public_institution", 0.13],
  ["medical", 0.1],
  ["university", 0.05],
  ["research_institute", 0.1],
];

export const KIND_LABELS: Record<EmployerKind, string> = {
  enterprise: "企业",
  state_owned: "国有企业",
  public_institution: "事业单位",
  university: "高校",
  research_institute: "科研院所",
  medical: "医疗卫生机构",
};

/** The demo employer account's organisation: employer id 1, on 海洋科学城. */
export const DEMO_EMPLOYER = {
  nameZh: "舟山瀛洲海洋电子科技有限公司",
  nameEn: "Zhoushan Yingzhou Marine Electronics Technology Co., Ltd.",
  industry: "marine-electronics" as IndustryCode,
  location: "dinghai" as LocationCode,
  platformId: 4,
  website: "https://yingzhou-marine.example",
};
