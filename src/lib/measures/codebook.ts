// The codebook of the measures a reply reports (issue 20): what each respondent says it has
// taken, is taking or plans, against terrorists acquiring weapons of mass destruction. Ids are
// stable (they are in URLs, data and anchors); the rules are refined with an example from the
// corpus where reading all 38 replies showed one unclear (the method page shows them all).

export const MEASURE_IDS = [
  'legislation',
  'material-security',
  'border-enforcement',
  'trade-controls',
  'financing',
  'preparedness',
  'instruments',
  'cooperation',
  'assistance',
  'awareness',
] as const;

export type MeasureId = (typeof MEASURE_IDS)[number];

export const DOMAIN_IDS = ['nuclear', 'chemical', 'biological', 'delivery', 'general'] as const;

export type DomainId = (typeof DOMAIN_IDS)[number];

export interface Measure {
  id: MeasureId;
  zh: string;
  en: string;
  /** What counts, as the codebook says it. */
  counts: string;
  /** Where the 1540 Committee's matrix asks about it. */
  matrix1540: string;
  /** A sentence of the corpus coded with it (and only it), for the method page; the build finds it in the coding. */
  example: { submission: string; quote: string };
}

export const MEASURES: readonly Measure[] = [
  {
    id: 'legislation',
    zh: '立法与刑事定罪',
    en: 'Legislation and criminalization',
    counts:
      '禁止、定罪或惩处制造、获取、拥有、运输、转让或使用核、放射、化学或生物武器或材料，或以其实施恐怖行为的法律、法令、条例或刑事规定（已通过、修订或正在起草）；执行此类条约的国内法。',
    matrix1540: 'OP2',
    example: {
      submission: 'a-73-112-cambodia',
      quote: '目前，矿业和能源部正在起草《原子能法》，全国委员会秘书处也参加了讨论。',
    },
  },
  {
    id: 'material-security',
    zh: '核算、保安和实物保护',
    en: 'Accounting, security and physical protection',
    counts:
      '对材料、设施、放射源、病原体、毒素或有毒化学品的核算、保安和实物保护；对持有者的许可和监管；实验室的生物安全和生物安保。',
    matrix1540: 'OP3 (a), (b)',
    example: {
      submission: 'a-66-115-ukraine',
      quote: '报告注意到，乌克兰核材料国家衡算和控制系统在研制和运营的效能方面已达到了先进水平。',
    },
  },
  {
    id: 'border-enforcement',
    zh: '边境管制和执法',
    en: 'Border controls and law enforcement',
    counts: '边境和海关管制、口岸查验、拦截非法贩运，以及针对大规模毁灭性武器恐怖主义或贩运的警务、情报和起诉工作。',
    matrix1540: 'OP3 (c)',
    example: {
      submission: 'a-66-115-oceania-customs-organisation',
      quote: '这项工作目前还在进行，该法规定海关官员有权扣留、调查和起诉可能从事跨国犯罪活动的人员。',
    },
  },
  {
    id: 'trade-controls',
    zh: '出口、过境和转运管制',
    en: 'Export, transit and trans-shipment controls',
    counts: '对敏感或两用物品的出口、进口、过境、转运或中介的许可或管制；管制清单；最终用户管制。',
    matrix1540: 'OP3 (d)',
    example: {
      submission: 'a-66-115-thailand',
      quote: '泰国成立了两用物品出口管理委员会，由商业部长任主席，成员则包括所有相关机构。',
    },
  },
  {
    id: 'financing',
    zh: '资金和金融措施',
    en: 'Financial measures',
    counts: '打击资助恐怖主义或扩散的措施：反洗钱和反恐融资规则、资产冻结、金融情报机构、金融行动特别工作组标准。',
    matrix1540: 'OP2 (financing), OP3 (d)',
    example: { submission: 'a-73-112-qatar', quote: '2002 年，卡塔尔设立了反洗钱和打击资助恐怖主义行为国家委员会。' },
  },
  {
    id: 'preparedness',
    zh: '应急准备和后果管理',
    en: 'Preparedness and consequence management',
    counts: '针对化学、生物、放射或核事件的计划、演习、应对单位和能力、医疗对策和后果管理。',
    matrix1540: 'OP3, OP8',
    example: {
      submission: 'a-73-112-nato',
      quote: '北约正在研究提升军事能力的办法，以便民政部门应对导致大量伤亡的化学、生物、放射或核威胁提供支助。',
    },
  },
  {
    id: 'instruments',
    zh: '加入和执行国际文书',
    en: 'Joining and implementing international instruments',
    counts: '签署、批准或加入条约；执行条约或安全理事会决议或据以提交报告（如 1540 国家报告）；推动普遍加入。',
    matrix1540: 'OP1, OP8 (a)–(c)',
    example: {
      submission: 'a-73-112-cuba',
      quote: '2013年，古巴批准了《制止与国际民用航空有关的非法行为的公约》和《〈核材料实物保护公约〉修正案》。',
    },
  },
  {
    id: 'cooperation',
    zh: '国际合作与信息交流',
    en: 'International cooperation and information exchange',
    counts:
      '与其他国家或组织合作：联合倡议、信息和情报交流、备忘录、伙伴关系、协调会议（提供或接受援助归入“援助和能力建设”）。',
    matrix1540: 'OP9, OP10',
    example: {
      submission: 'a-73-112-cuba',
      quote: '2013 年，古巴在国际原子能机构(原子能机构)组织的核安全国际会议上发挥了积极作用。',
    },
  },
  {
    id: 'assistance',
    zh: '援助和能力建设',
    en: 'Assistance and capacity building',
    counts: '提供或接受的培训、讲习班，技术、立法或设备援助。',
    matrix1540: 'OP7',
    example: { submission: 'a-66-115-iaea', quote: '原子能机构还继续协助各国进行核安全领域人力资源的开发。' },
  },
  {
    id: 'awareness',
    zh: '宣传、教育和外联',
    en: 'Awareness, education and outreach',
    counts: '面向产业界、学术界或公众的外联；教育；行为守则。',
    matrix1540: 'OP8 (d)',
    example: {
      submission: 'a-73-112-qatar',
      quote: '国家禁止武器委员会为包括中学和大学生在内的所有社会团体组织了关于大规模毁灭性武器的认识提高活动。',
    },
  },
];

export interface Domain {
  id: DomainId;
  zh: string;
  en: string;
  /** One character, for the cells of the matrix (its legend spells them out). */
  mark: string;
}

export const DOMAINS: readonly Domain[] = [
  { id: 'nuclear', zh: '核和放射', en: 'Nuclear and radiological', mark: '核' },
  { id: 'chemical', zh: '化学', en: 'Chemical', mark: '化' },
  { id: 'biological', zh: '生物', en: 'Biological', mark: '生' },
  { id: 'delivery', zh: '运载工具', en: 'Means of delivery', mark: '运' },
  { id: 'general', zh: '不分类别', en: 'WMD or CBRN in general', mark: '泛' },
];

export function measureOf(id: MeasureId): Measure {
  return MEASURES.find((measure) => measure.id === id)!;
}

export function domainOf(id: DomainId): Domain {
  return DOMAINS.find((domain) => domain.id === id)!;
}
