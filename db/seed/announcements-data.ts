/**
 * The campaign's 引才公告: 4 categories, 2–4 published each, plus one scheduled for later.
 * Times are offsets in days: published from the campaign's start, deadline from `now`
 * (null: none; "end": the campaign's end).
 */

export type AnnouncementLink =
  | { kind: "none" }
  | { kind: "level"; levels: readonly ("top" | "high" | "young" | "graduate")[]; count: number }
  | { kind: "board"; board: "haichuang"; count: number }
  | { kind: "overseas"; count: number }
  | { kind: "employer-kind"; kinds: readonly string[]; count: number };

export interface AnnouncementSpec {
  categoryId: number;
  title: string;
  body: string;
  publishedDaysAfterStart: number;
  deadline: number | "end" | null;
  pinned: boolean;
  link: AnnouncementLink;
}

export const ANNOUNCEMENTS: readonly AnnouncementSpec[] = [
  {
    categoryId: 1,
    title: "2020年舟山高层次人才招引计划视频洽谈会公告",
    publishedDaysAfterStart: 0,
    deadline: "end",
    pinned: true,
    link: { kind: "level", levels: ["top", "high"], count: 24 },
    body: `为深入实施人才强市战略,在疫情防控常态化背景下持续做好招才引智工作,舟山市创新推出“云招聘”“云洽谈”,举办**2020年舟山高层次人才招引计划视频洽谈会**。现将有关事项公告如下。

## 一、活动主题

智汇群岛·同“舟”起航

## 二、引才板块

1. **五大海创平台**:中国(浙江)自由贸易试验区舟山片区、舟山绿色石化基地、舟山航空产业园、舟山海洋科学城、舟山国家远洋渔业基地,重点面向外贸、石化、航空、海洋电子信息、海洋生物等核心产业引进高层次人才和创业创新项目。
2. **千企百校**:全市企业、高校、医院及事业单位联合发布岗位,面向海内外高校毕业生和各类人才。

## 三、参与方式

- 人才登录本平台注册并完善个人档案,浏览岗位后可提交**就职意向**或**项目落户意向**;
- 单位查看意向后可发起视频洽谈,人才在线预约洽谈时段;
- 洽谈达成意向的,由用人单位与人才进一步办理签约、落户等手续。

## 四、政策支持

引进的各类人才按规定享受舟山市人才安家补贴、人才公寓、子女入学等支持政策,具体以相关政策文件为准。

## 五、联系方式

舟山市人才工作服务窗口,工作日 9:00—17:00 在线咨询。`,
  },
  {
    categoryId: 1,
    title: "“五大海创平台”高层次人才岗位需求发布",
    publishedDaysAfterStart: 1,
    deadline: "end",
    pinned: false,
    link: { kind: "board", board: "haichuang", count: 20 },
    body: `“五大海创平台”是舟山集聚海洋特色人才和项目的主阵地。本次洽谈会各平台集中发布一批高层次人才岗位,现予公布。

| 平台 | 重点方向 |
| --- | --- |
| 自贸区舟山片区 | 油气全产业链、国际贸易、航运金融 |
| 绿色石化基地 | 炼化一体化、化工新材料、安全环保 |
| 航空产业园 | 通用航空、航空维修、航空零部件制造 |
| 海洋科学城 | 海洋电子信息、海洋生物医药、人工智能 |
| 国家远洋渔业基地 | 远洋捕捞、水产品精深加工、冷链物流 |

岗位详情及报名请点击下方关联岗位。符合条件的人才可同时申报项目落户意向。`,
  },
  {
    categoryId: 1,
    title: "海外高层次人才“云引才”专场公告",
    publishedDaysAfterStart: 3,
    deadline: 20,
    pinned: false,
    link: { kind: "overseas", count: 16 },
    body: `受疫情影响,海外人才来舟面试存在困难。为此,洽谈会特设**海外人才专场**,全程采用视频方式开展。

**面向对象**

- 在海外知名高校、科研机构或企业从事研究、工作的高层次人才;
- 海外留学归国或拟回国发展的优秀青年人才。

**服务保障**

1. 洽谈时段按人才所在时区灵活安排;
2. 达成意向后,可先行签订意向协议,待入境后办理正式手续;
3. 专人对接签证、落户、住房等事项。

报名截止前提交意向即可,欢迎海内外人才踊跃参与。`,
  },
  {
    categoryId: 2,
    title: "舟山市市属事业单位2020年公开招聘高层次紧缺人才公告",
    publishedDaysAfterStart: 0,
    deadline: 25,
    pinned: true,
    link: { kind: "employer-kind", kinds: ["public_institution", "research_institute"], count: 20 },
    body: `根据事业单位公开招聘有关规定,经研究,市属事业单位面向社会公开招聘高层次紧缺人才。

## 招聘条件

1. 具有中华人民共和国国籍,遵守宪法和法律;
2. 具有岗位所需的学历、学位和专业,博士研究生年龄一般不超过45周岁;
3. 具有正常履行职责的身体条件。

## 招聘程序

报名 → 资格审查 → 视频面试(考核) → 体检 → 考察 → 公示 → 聘用。

## 待遇

按事业单位有关规定落实编制和工资待遇,并按规定享受人才政策。

> 具体岗位、人数及专业要求详见关联岗位。`,
  },
  {
    categoryId: 2,
    title: "舟山市卫生健康系统2020年招引医学高层次人才公告",
    publishedDaysAfterStart: 2,
    deadline: 30,
    pinned: false,
    link: { kind: "employer-kind", kinds: ["medical"], count: 15 },
    body: `为加强医学人才队伍建设,提升海岛医疗服务能力,全市医疗卫生单位面向海内外招引医学高层次人才。

**招引范围**:临床医学、医学影像、公共卫生、中医等专业的学科带头人、骨干医师和优秀毕业生。

**报名方式**:在本平台提交就职意向,用人医院将在5个工作日内联系安排视频面谈。

**支持政策**:按规定给予安家补贴和科研启动经费,优秀人才可享受“一人一议”。`,
  },
  {
    categoryId: 2,
    title: "浙江海洋大学等在舟高校2020年高层次人才招聘公告",
    publishedDaysAfterStart: 4,
    deadline: "end",
    pinned: false,
    link: { kind: "employer-kind", kinds: ["university"], count: 10 },
    body: `在舟高校面向海内外招聘学科带头人、教学科研骨干及博士后研究人员。

- **学科带头人**:具有正高级职称或相当水平,主持过国家级科研项目;
- **教学科研骨干**:具有博士学位,研究方向与学科建设需求相符;
- **博士后**:近三年内获得博士学位,年龄一般不超过35周岁。

学校提供具有竞争力的薪酬、科研启动经费和住房保障。欢迎通过本平台预约视频洽谈。`,
  },
  {
    categoryId: 3,
    title: "舟山市属国有企业2020年招聘专业技术人才公告",
    publishedDaysAfterStart: 1,
    deadline: 28,
    pinned: true,
    link: { kind: "employer-kind", kinds: ["state_owned"], count: 20 },
    body: `为服务自贸区建设和重大项目推进,市属国有企业面向社会公开招聘专业技术人才。

## 招聘岗位

涉及港口物流、石化、交通、文旅、金融等领域,详见关联岗位。

## 报名条件

1. 全日制本科及以上学历,具有岗位要求的专业背景;
2. 具有相关工作经历者优先,特别优秀的可适当放宽条件;
3. 诚实守信,遵纪守法。

## 选聘方式

采取“视频面试 + 综合考察”方式,择优聘用。薪酬按企业薪酬制度确定,表现优秀者可纳入企业后备人才库。`,
  },
  {
    categoryId: 3,
    title: "国有企业高层次经营管理与科技领军人才招引公告",
    publishedDaysAfterStart: 5,
    deadline: null,
    pinned: false,
    link: { kind: "level", levels: ["top"], count: 10 },
    body: `面向海内外招引熟悉国际规则、具有丰富实践经验的经营管理人才和科技领军人才。

**岗位方向**:战略投资、国际贸易、工程技术、数字化转型等。

**任职要求**:具有大型企业或知名机构中高层管理经历,或在本领域取得公认的技术成果。

**薪酬待遇**:实行市场化薪酬,面议。

本公告长期有效,人选确定后关闭。`,
  },
  {
    categoryId: 4,
    title: "关于开展2020年度“5313”行动计划项目申报工作的通知",
    publishedDaysAfterStart: 0,
    deadline: 25,
    pinned: true,
    link: { kind: "none" },
    body: `为加快集聚海洋特色创业创新人才,现启动2020年度舟山市“5313”行动计划项目申报工作。

## 申报对象

拥有自主知识产权或核心技术、项目符合舟山产业发展方向的海内外创业创新人才及其团队。

## 重点领域

外贸、石化、航空、海洋电子信息、海洋生物等核心产业,以及海洋装备、数字经济等新兴产业。

## 申报方式

1. 在本平台提交**项目落户意向**,填写项目名称、领域、阶段、团队规模和拟融资额度;
2. 意向落户的海创平台将安排视频洽谈和项目路演;
3. 通过评审的项目可获得创业启动资助、场地租金减免等支持,具体以正式文件为准。

## 其他

项目可选择在舟山本地或杭州萧山、余杭“人才飞地”先行孵化。`,
  },
  {
    categoryId: 4,
    title: "“人才飞地”入驻项目征集公告",
    publishedDaysAfterStart: 2,
    deadline: 35,
    pinned: false,
    link: { kind: "none" },
    body: `舟山在杭州萧山、余杭布局建设的“人才飞地”面向海内外征集入驻项目。

- **入驻条件**:项目团队核心成员具有硕士及以上学历或高级职称,产业方向与舟山主导产业相关;
- **支持政策**:提供办公场地、共享实验室和创业辅导服务;
- **飞地模式**:研发孵化在杭州,产业化落地在舟山。

有意向的团队请通过本平台提交项目落户意向。`,
  },
  {
    categoryId: 4,
    title: "全球海洋经济创业大赛项目征集与路演安排",
    publishedDaysAfterStart: 6,
    deadline: "end",
    pinned: false,
    link: { kind: "none" },
    body: `洽谈会期间同步开展全球海洋经济创业项目征集,优秀项目将推荐参加线上路演。

**路演安排**:每周三下午在线举行,每个项目陈述10分钟、问答5分钟。

**评审维度**:技术先进性、团队能力、市场前景及与舟山产业的契合度。

路演中表现突出的项目,可直接进入“5313”行动计划评审绿色通道。`,
  },
  {
    categoryId: 1,
    title: "洽谈会第二批岗位发布预告",
    publishedDaysAfterStart: 23,
    deadline: "end",
    pinned: false,
    link: { kind: "none" },
    body: `洽谈会第二批岗位将于近日上线,涵盖海洋电子信息、绿色石化、医疗卫生等领域,敬请关注。`,
  },
];
