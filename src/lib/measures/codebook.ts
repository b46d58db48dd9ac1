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
}

export const MEASURES: readonly Measure[] = [
  {
    id: 'legislation',
    zh: '立法与刑事定罪',
    en: 'Legislation and criminalization',
    counts:
      '禁止、定罪或惩处制造、获取、拥有、运输、转让或使用核、放射、化学或生物武器或材料，或以其实施恐怖行为的法律、法令、条例或刑事规定（已通过、修订或正在起草）；执行此类条约的国内法。',
    matrix1540: 'OP2',
  },
  {
    id: 'material-security',
    zh: '核算、保安和实物保护',
    en: 'Accounting, security and physical protection',
    counts:
      '对材料、设施、放射源、病原体、毒素或有毒化学品的核算、保安和实物保护；对持有者的许可和监管；实验室的生物安全和生物安保。',
    matrix1540: 'OP3 (a), (b)',
  },
  {
    id: 'border-enforcement',
    zh: '边境管制和执法',
    en: 'Border controls and law enforcement',
    counts: '边境和海关管制、口岸查验、拦截非法贩运，以及针对大规模毁灭性武器恐怖主义或贩运的警务、情报和起诉工作。',
    matrix1540: 'OP3 (c)',
  },
  {
    id: 'trade-controls',
    zh: '出口、过境和转运管制',
    en: 'Export, transit and trans-shipment controls',
    counts: '对敏感或两用物品的出口、进口、过境、转运或中介的许可或管制；管制清单；最终用户管制。',
    matrix1540: 'OP3 (d)',
  },
  {
    id: 'financing',
    zh: '资金和金融措施',
    en: 'Financial measures',
    counts: '打击资助恐怖主义或扩散的措施：反洗钱和反恐融资规则、资产冻结、金融情报机构、金融行动特别工作组标准。',
    matrix1540: 'OP2 (financing), OP3 (d)',
  },
  {
    id: 'preparedness',
    zh: '应急准备和后果管理',
    en: 'Preparedness and consequence management',
    counts: '针对化学、生物、放射或核事件的计划、演习、应对单位和能力、医疗对策和后果管理。',
    matrix1540: 'OP3, OP8',
  },
  {
    id: 'instruments',
    zh: '加入和执行国际文书',
    en: 'Joining and implementing international instruments',
    counts: '签署、批准或加入条约；执行条约或安全理事会决议或据以提交报告（如 1540 国家报告）；推动普遍加入。',
    matrix1540: 'OP1, OP8 (a)–(c)',
  },
  {
    id: 'cooperation',
    zh: '国际合作与信息交流',
    en: 'International cooperation and information exchange',
    counts:
      '与其他国家或组织合作：联合倡议、信息和情报交流、备忘录、伙伴关系、协调会议（提供或接受援助归入“援助和能力建设”）。',
    matrix1540: 'OP9, OP10',
  },
  {
    id: 'assistance',
    zh: '援助和能力建设',
    en: 'Assistance and capacity building',
    counts: '提供或接受的培训、讲习班，技术、立法或设备援助。',
    matrix1540: 'OP7',
  },
  {
    id: 'awareness',
    zh: '宣传、教育和外联',
    en: 'Awareness, education and outreach',
    counts: '面向产业界、学术界或公众的外联；教育；行为守则。',
    matrix1540: 'OP8 (d)',
  },
];

export const DOMAINS: readonly { id: DomainId; zh: string; en: string }[] = [
  { id: 'nuclear', zh: '核和放射', en: 'Nuclear and radiological' },
  { id: 'chemical', zh: '化学', en: 'Chemical' },
  { id: 'biological', zh: '生物', en: 'Biological' },
  { id: 'delivery', zh: '运载工具', en: 'Means of delivery' },
  { id: 'general', zh: '不分类别', en: 'WMD or CBRN in general' },
];

export function measureOf(id: MeasureId): Measure {
  return MEASURES.find((measure) => measure.id === id)!;
}

export function domainOf(id: DomainId): { id: DomainId; zh: string; en: string } {
  return DOMAINS.find((domain) => domain.id === id)!;
}
