/** Chinese text built from parts: people's names, descriptions, messages. */
import type { IndustryCode } from "./catalog-data";
import { GIVEN_CHARS, SURNAMES, EDUCATION_LABELS, type EducationLevel } from "./people-data";
import type { EmployerKind, TalentLevel } from "./position-templates";
import type { Rng } from "./random";

export function chineseName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES);
  const given = rng.chance(0.72) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return surname + given;
}

/** What an organisation of an industry works on, for its description. */
export const INDUSTRY_FOCUS: Record<IndustryCode, string> = {
  "foreign-trade": "油品贸易、大宗商品交易和跨境供应链服务",
  petrochemical: "炼化一体化、化工新材料和石化安全环保技术",
  aviation: "通用航空运营、航空维修和航空零部件制造",
  "marine-electronics": "海洋观测、水声通信和智能船舶电子系统",
  "marine-biology": "海洋生物活性物质、海洋药物和功能食品",
  shipbuilding: "船舶修理、改装和海洋工程装备制造",
  "port-logistics": "港口装卸、航运服务和冷链物流",
  "marine-tourism": "海岛度假、海洋文旅和邮轮服务",
  "aquatic-processing": "远洋捕捞、水产品精深加工和冷链仓储",
  healthcare: "医疗服务、公共卫生和医学研究",
  "education-research": "人才培养、科学研究和社会服务",
  "information-technology": "软件开发、大数据和人工智能应用",
  finance: "融资租赁、产业投资和航运金融服务",
};

const TECH_INDUSTRIES = new Set<IndustryCode>([
  "petrochemical",
  "aviation",
  "marine-electronics",
  "marine-biology",
  "shipbuilding",
  "information-technology",
]);

export function employerDescription(
  rng: Rng,
  args: { name: string; kind: EmployerKind; industry: IndustryCode; platformName: string | null },
): string {
  const focus = INDUSTRY_FOCUS[args.industry];
  const platform = args.platformName ? `入驻${args.platformName},` : "";
  switch (args.kind) {
    case "enterprise": {
      const year = rng.int(1998, 2019);
      const tech = TECH_INDUSTRIES.has(args.industry);
      const label = rng.pick(tech ? ["国家高新技术企业", "科技型中小企业", "省级专精特新企业"] : ["行业骨干企业", "规模以上企业", "市级重点企业"]);
      const staff = tech ? "研发与技术人员" : "专业技术人员";
      return `${args.name}成立于${year}年,是一家专注于${focus}的${label}。公司${platform}现有员工${rng.int(40, 1800)}人,其中${staff}占比${rng.int(15, 60)}%。公司诚邀海内外英才加盟,共同建设海洋强市。`;
    }
    case "state_owned":
      return `${args.name}是舟山市属国有企业,${platform}主要承担${focus}等业务,资产规模约${rng.int(20, 600)}亿元。公司服务自贸区建设和重大项目推进,为人才提供广阔的发展平台和完善的保障。`;
    case "university":
      return `${args.name}立足海洋、服务地方,现有在校生${rng.int(6, 30) * 1000}余人,在海洋科学、水产、船舶与海洋工程等领域形成特色。学校面向海内外诚聘学科带头人和青年英才,提供具有竞争力的待遇和科研支持。`;
    case "medical":
      return `${args.name}是集医疗、教学、科研、预防于一体的医疗卫生机构,开放床位${rng.int(3, 15) * 100}张,承担全市及周边海岛群众的医疗保障任务。医院重视学科建设和人才培养,诚邀医学英才加盟。`;
    case "research_institute":
      return `${args.name}聚焦${focus},${platform}开展基础研究、应用研究和成果转化,建有省级重点实验室等创新平台${rng.int(1, 6)}个,现有科研人员${rng.int(30, 400)}人。`;
    case "public_institution":
      return `${args.name}是公益类事业单位,主要承担${focus}相关的公共服务和技术支撑工作,按规定落实编制和各项人才待遇。`;
  }
}

const LEVEL_REQUIREMENTS: Record<TalentLevel, string> = {
  top: "在本领域取得国内外公认的学术或技术成果,能够带领团队开展重大攻关",
  high: "具有扎实的专业功底和项目经验,能够独立承担核心任务",
  young: "具备良好的学习能力、沟通能力和团队协作精神",
  graduate: "欢迎应届毕业生报名,特别优秀者可适当放宽条件",
};

const SUPPORT_LINES: Record<TalentLevel, readonly string[]> = {
  top: ["可申报“5313”行动计划及市级顶尖人才支持政策,待遇“一人一议”", "提供科研启动经费、人才公寓及子女入学保障"],
  high: ["按规定享受高层次人才安家补贴和人才公寓", "可申报舟山市高层次人才特殊支持计划"],
  young: ["享受青年人才购房补贴和租房补贴", "提供系统的岗位培训和职业发展通道"],
  graduate: ["享受高校毕业生生活补贴和人才公寓", "五险一金、带薪年假、节日福利"],
};

export function salaryText(min: number | null, max: number | null): string {
  if (min === null && max === null) return "薪酬面议";
  const k = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : `${(n / 1000).toFixed(1)}k`);
  if (min !== null && max !== null) return `月薪 ${k(min)}–${k(max)} 元`;
  return min !== null ? `月薪 ${k(min)} 元起` : `月薪最高 ${k(max ?? 0)} 元`;
}

export function positionDescription(
  rng: Rng,
  args: {
    duties: readonly string[];
    education: EducationLevel;
    major: string;
    experienceYears: number;
    skills: readonly string[];
    level: TalentLevel;
    overseasFriendly: boolean;
    salaryMin: number | null;
    salaryMax: number | null;
    locationName: string;
    enclave: boolean;
  },
): string {
  const duties = args.duties.map((d, i) => `${i + 1}. ${d};`).join("\n");
  const experience = args.experienceYears > 0 ? `,${args.experienceYears}年以上相关工作经验` : "";
  const skills = args.skills.slice(0, 3).join("、");
  const lines = [
    "**岗位职责**",
    "",
    duties,
    "",
    "**任职要求**",
    "",
    `- ${EDUCATION_LABELS[args.education]}及以上学历,${args.major}等相关专业${experience};`,
    `- 熟悉${skills}等;`,
    `- ${LEVEL_REQUIREMENTS[args.level]}。`,
  ];
  if (args.overseasFriendly) lines.push("- 欢迎具有海外学习或工作经历的人才报名,可全程视频面试。");
  lines.push(
    "",
    "**待遇与支持**",
    "",
    `${salaryText(args.salaryMin, args.salaryMax)};${rng.pick(SUPPORT_LINES[args.level])}。`,
    "",
    `工作地点:${args.locationName}${args.enclave ? "(研发岗位可在杭州办公,定期赴舟山)" : ""}`,
  );
  return lines.join("\n");
}

export function talentBio(
  rng: Rng,
  args: { school: string; major: string; education: EducationLevel; years: number; focus: string; overseas: boolean },
): string {
  const edu = EDUCATION_LABELS[args.education].replace("研究生", "");
  const wish = rng.pick(["希望在舟山海洋产业一线发展", "关注舟山自贸区和海创平台的发展机会", "期待参与海洋强市建设", "希望找到能发挥专长的平台"]);
  if (args.years <= 0) {
    return `${args.school}${args.major}专业${edu}应届毕业生${args.overseas ? ",目前在海外学习" : ""}。${wish}。`;
  }
  const abroad = args.overseas ? ",目前在海外工作" : "";
  return `${edu}毕业于${args.school}${args.major}专业,从事${args.focus}相关工作${args.years}年${abroad}。${wish}。`;
}

export function intentMessage(rng: Rng, args: { name: string; title: string | null; projectName: string | null; school: string }): string {
  if (rng.chance(0.25)) return "";
  if (args.projectName) {
    return `您好!我们团队正在推进“${args.projectName}”,希望落户贵平台,期待就场地、政策和投融资支持进一步视频沟通。`;
  }
  return rng.pick([
    `您好!我是${args.name},毕业于${args.school},对贵单位的“${args.title ?? "相关"}”岗位很感兴趣,期待进一步沟通。`,
    `您好,我关注到“${args.title ?? "贵单位"}”岗位,专业方向比较匹配,希望有机会视频面谈。`,
    `您好!本人有意来舟发展,附上简历,盼复。`,
  ]);
}

export const DECLINE_REASONS = [
  "岗位已招满,感谢您的关注",
  "专业方向与岗位要求不匹配",
  "工作经验暂不符合岗位要求",
  "学历层次未达到岗位要求",
  "薪酬期望与岗位差距较大",
  "综合评估后暂不进入下一轮",
] as const;

export const PROJECT_DECLINE_REASONS = [
  "项目阶段与平台当前支持方向不一致",
  "项目产业化条件尚不成熟,建议完善后再申报",
] as const;

export const MESSAGE_BODIES = {
  talent: [
    "请问岗位是否支持先视频面试、疫情结束后再到岗?",
    "附件是我的最新简历和代表性成果,请查收。",
    "谢谢安排,面谈时间我这边没有问题。",
    "请问人才公寓和安家补贴如何申请?",
  ],
  employer: [
    "您好,简历已收到,我们会尽快安排视频洽谈。",
    "已为您预留洽谈时段,请在平台上确认预约。",
    "欢迎加入!入职材料清单稍后发给您。",
    "项目材料已转交平台评审组,请留意后续通知。",
  ],
} as const;
