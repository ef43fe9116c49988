/** Names, schools and countries for the demo's people. */

/** Common surnames, the ones frequent in Zhejiang weighted up. */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 7], ["陈", 7], ["张", 6], ["李", 6], ["徐", 4], ["吴", 4], ["周", 4], ["林", 3.5],
  ["黄", 3], ["金", 3], ["朱", 3], ["胡", 3], ["沈", 2.5], ["杨", 3], ["刘", 4], ["方", 2],
  ["叶", 2], ["郑", 2], ["应", 1.2], ["俞", 1.2], ["何", 1.5], ["孙", 2], ["赵", 2], ["马", 1.5],
  ["郭", 1.5], ["罗", 1.2], ["高", 1.5], ["梁", 1], ["谢", 1.2], ["宋", 1], ["唐", 1], ["许", 1.5],
  ["韩", 0.8], ["冯", 0.8], ["邓", 0.8], ["曹", 0.8], ["彭", 0.8], ["曾", 0.8], ["蒋", 1.2], ["蔡", 1],
  ["余", 1], ["杜", 0.7], ["程", 0.8], ["魏", 0.7], ["苏", 0.7], ["丁", 0.8], ["任", 0.6], ["卢", 0.7],
  ["姚", 0.8], ["钟", 0.6], ["姜", 0.6], ["陆", 0.9], ["范", 0.6], ["汪", 0.8], ["石", 0.5], ["贺", 0.5],
  ["毛", 0.7], ["顾", 0.7], ["邵", 0.7], ["钱", 0.7], ["戴", 0.6], ["严", 0.5], ["夏", 0.6], ["潘", 0.8],
  ["袁", 0.6], ["翁", 0.6], ["虞", 0.4], ["楼", 0.4], ["童", 0.4], ["欧阳", 0.2], ["诸葛", 0.05],
];

export const GIVEN_CHARS: readonly string[] = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红玲芬燕彬鹏辉斌宇浩凯健俊帆旭宁龙林欣佳琳雪婷倩颖晨阳博文宏志海波峰毅晓思雨梦子涵睿泽航瑶怡然悦诗嘉逸宸一可心天奕诚凡蕾莉舟瀚澜潇蓝清远鸣哲昊乐骏豪亮晶慧露丹蓉薇岚琦璐彤锐翔鑫磊楠",
];

export interface Country {
  code: string;
  nameZh: string;
  weight: number;
  timeZone: string;
  schools: readonly string[];
  /** Names of people from there who are not of Chinese descent (the rest of its talents are). */
  localNames: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: "US", nameZh: "美国", weight: 0.22, timeZone: "America/New_York",
    schools: ["Massachusetts Institute of Technology", "Stanford University", "University of California, San Diego", "University of Washington", "Texas A&M University", "Georgia Institute of Technology", "Purdue University", "University of Michigan", "Columbia University"],
    localNames: ["Michael Johnson", "Emily Carter", "David Miller", "Sarah Thompson", "Daniel Brooks"],
  },
  {
    code: "GB", nameZh: "英国", weight: 0.14, timeZone: "Europe/London",
    schools: ["University of Southampton", "Imperial College London", "University of Cambridge", "University of Manchester", "University of Edinburgh", "University College London", "Newcastle University", "University of Strathclyde"],
    localNames: ["James Wilson", "Sophie Taylor", "Oliver Bennett", "Charlotte Hughes"],
  },
  {
    code: "DE", nameZh: "德国", weight: 0.1, timeZone: "Europe/Berlin",
    schools: ["Technical University of Munich", "RWTH Aachen University", "University of Hamburg", "Kiel University", "University of Bremen", "Karlsruhe Institute of Technology"],
    localNames: ["Lukas Schneider", "Anna Müller", "Felix Wagner", "Lena Fischer"],
  },
  {
    code: "JP", nameZh: "日本", weight: 0.1, timeZone: "Asia/Tokyo",
    schools: ["The University of Tokyo", "Kyoto University", "Tohoku University", "Osaka University", "Tokyo University of Marine Science and Technology", "Hokkaido University"],
    localNames: ["Kenji Sato", "Yui Suzuki", "Takumi Watanabe"],
  },
  {
    code: "AU", nameZh: "澳大利亚", weight: 0.1, timeZone: "Australia/Sydney",
    schools: ["University of Tasmania", "The University of Sydney", "The University of Melbourne", "The University of Queensland", "UNSW Sydney"],
    localNames: ["Jack Thompson", "Chloe Anderson", "Liam Walker"],
  },
  {
    code: "CA", nameZh: "加拿大", weight: 0.08, timeZone: "America/Toronto",
    schools: ["University of Toronto", "University of British Columbia", "McGill University", "Dalhousie University", "University of Waterloo"],
    localNames: ["Olivia Tremblay", "Ethan Roy", "Noah Campbell"],
  },
  {
    code: "SG", nameZh: "新加坡", weight: 0.08, timeZone: "Asia/Singapore",
    schools: ["National University of Singapore", "Nanyang Technological University"],
    localNames: ["Tan Wei Ming", "Lim Hui Min", "Rajesh Kumar"],
  },
  {
    code: "KR", nameZh: "韩国", weight: 0.07, timeZone: "Asia/Seoul",
    schools: ["Seoul National University", "KAIST", "Korea Maritime & Ocean University", "Pukyong National University"],
    localNames: ["Kim Min-jun", "Lee Seo-yeon", "Park Ji-hoon"],
  },
  {
    code: "FR", nameZh: "法国", weight: 0.05, timeZone: "Europe/Paris",
    schools: ["Sorbonne Université", "École Polytechnique", "Université de Bretagne Occidentale", "ISAE-SUPAERO"],
    localNames: ["Julien Martin", "Camille Dubois", "Hugo Lefèvre"],
  },
  {
    code: "NL", nameZh: "荷兰", weight: 0.06, timeZone: "Europe/Amsterdam",
    schools: ["Delft University of Technology", "Wageningen University & Research", "University of Amsterdam", "Eindhoven University of Technology"],
    localNames: ["Daan de Vries", "Sanne Jansen", "Bram Visser"],
  },
];

/** Chinese universities, with a lean to the ones strong in marine, shipping, petrochemical and aviation fields. */
export const DOMESTIC_SCHOOLS: readonly string[] = [
  "浙江大学", "浙江海洋大学", "上海交通大学", "复旦大学", "同济大学", "中国海洋大学", "大连海事大学",
  "上海海事大学", "上海海洋大学", "宁波大学", "浙江工业大学", "浙江理工大学", "杭州电子科技大学",
  "哈尔滨工程大学", "武汉理工大学", "南京航空航天大学", "北京航空航天大学", "中国民航大学", "西北工业大学",
  "中国石油大学(华东)", "华东理工大学", "天津大学", "大连理工大学", "厦门大学", "中山大学", "华中科技大学",
  "东南大学", "南京大学", "清华大学", "北京大学", "温州医科大学", "浙江中医药大学", "浙江财经大学",
  "浙江工商大学", "中国计量大学", "江苏科技大学", "集美大学", "广东海洋大学", "浙江国际海运职业技术学院",
];

export const EDUCATION_LABELS = {
  none: "不限",
  associate: "大专",
  bachelor: "本科",
  master: "硕士研究生",
  doctor: "博士研究生",
} as const;

export type EducationLevel = keyof typeof EDUCATION_LABELS;

/** Lowest first, for comparing a talent's education with a position's floor. */
export const EDUCATION_RANK: Record<EducationLevel, number> = { none: 0, associate: 1, bachelor: 2, master: 3, doctor: 4 };

/** A talent's current title, by education and career stage. */
export const TALENT_TITLES = {
  student: ["应届毕业生", "在读博士研究生", "应届硕士毕业生"],
  early: ["工程师", "助理研究员", "讲师", "住院医师", "项目经理", "数据分析师"],
  senior: ["高级工程师", "副研究员", "副教授", "主治医师", "技术总监", "部门经理"],
  leading: ["教授级高级工程师", "研究员", "教授", "主任医师", "首席科学家", "总经理"],
  overseas: ["Postdoctoral Researcher", "Research Scientist", "Senior Engineer", "Assistant Professor", "Lead Engineer"],
} as const;

export const HR_TITLES = ["人力资源部经理", "招聘主管", "人事专员", "人才引进专员", "组织人事处处长"] as const;
