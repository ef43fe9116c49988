/** 项目落户意向: what talent-led projects propose to settle on a platform. */
import type { IndustryCode } from "./catalog-data";

export const PROJECT_IDEAS: Partial<Record<IndustryCode, readonly string[]>> = {
  "marine-electronics": ["水下无人航行器集群协同控制系统", "海洋牧场智能监测平台", "船用北斗/5G融合通信终端", "海底观测网智能传感器", "港口船舶AI视觉识别系统"],
  "marine-biology": ["海洋鱼胶原蛋白肽", "海洋微藻DHA", "贝类活性多糖", "海洋生物医用止血敷料", "海洋源抗肿瘤先导化合物"],
  petrochemical: ["废塑料化学循环再生", "高端聚烯烃催化剂", "炼化VOCs深度治理", "生物基可降解材料"],
  aviation: ["水陆两栖飞机维修服务", "无人机海上巡检", "航空复合材料修理", "海岛短途通航运营"],
  "foreign-trade": ["保税燃料油加注数字化平台", "大宗商品跨境数字贸易平台", "LNG国际贸易服务"],
  "port-logistics": ["智慧港口数字孪生", "冷链集装箱物联网监控"],
  finance: ["跨境供应链金融平台", "船舶融资租赁数字风控"],
  "information-technology": ["海洋大数据云平台", "渔船安全智能监管系统"],
  "aquatic-processing": ["南极磷虾精深加工", "远洋渔获超低温冷链", "金枪鱼鲜食品质追溯"],
  shipbuilding: ["LNG动力船舶改装", "船舶废气洗涤系统", "智能焊接机器人"],
};

export const PROJECT_SUFFIXES = ["产业化项目", "研发与产业化", "项目"] as const;

export const PROJECT_STAGES = ["概念验证", "样机研发", "中试", "小批量生产", "规模化量产", "已有营收"] as const;

export const OUTCOME_NOTES = {
  held: ["视频面谈顺利,双方就岗位职责和待遇达成一致", "候选人专业背景匹配,建议进入签约流程", "项目路演效果良好,平台同意推进落户", "面谈充分,已明确到岗时间"],
  follow_up: ["需进一步沟通薪酬与到岗时间", "待补充项目材料后再次洽谈", "候选人需与家人商量,约定下周再谈"],
  no_show: ["人才未按时进入视频房间", "多次联系未果,洽谈未能进行"],
} as const;
