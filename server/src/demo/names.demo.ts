import type { Random } from './random.js';

/**
 * Organisation names that read like Shanghai's: built from the district and street (the divisions
 * data) and stems that fit the organisation's type, each with the service domains its positions
 * come from (null: any domain, weighted as the plan's demand). Illustrative, not real records.
 */
interface Place {
  /** 浦东新区 */
  district: string;
  /** 古美路街道 */
  street: string;
}
interface Template {
  name: (p: Place, stem: string) => string;
  stems?: readonly string[];
  domains: readonly string[] | null;
}

const agencyStems = [
  '乐群',
  '新途',
  '华爱',
  '馨家园',
  '同心',
  '绿洲',
  '益友',
  '明德',
  '守望',
  '彩虹',
  '安心',
  '睦邻',
  '尚善',
  '乐耆',
  '融爱',
  '春晖',
  '向日葵',
  '启航',
  '乐龄',
  '博爱',
  '善缘',
  '手拉手',
  '心语',
  '悦享',
  '知行',
  '致远',
  '仁爱',
  '惠民',
  '映心',
  '暖阳',
  '齐心',
  '恒爱',
  '睿嘉',
  '汇善',
] as const;
const elderStems = [
  '颐康',
  '福寿',
  '康乐',
  '瑞福',
  '怡养',
  '松鹤',
  '乐颐',
  '金色年华',
  '颐和',
  '爱晚',
  '椿萱',
  '寿康',
  '馨苑',
  '福苑',
  '泰康',
] as const;
const schoolStems = [
  '育才',
  '明珠',
  '实验',
  '行知',
  '启新',
  '建平',
  '致远',
  '格致',
  '求真',
  '立信',
  '光明',
  '崇文',
] as const;
const hospitalOrdinals = ['第一', '第六', '第九', '第十'] as const;

const D = (p: Place) => p.district;
/** 古美路街道 → 古美路; 周浦镇 → 周浦 */
const core = (street: string) => street.replace(/(街道|镇|乡|地区办事处)$/, '');

export const templatesByType: Record<string, readonly Template[]> = {
  social_work_agency: [
    { name: (p, s) => `${D(p)}${s}社工服务社`, stems: agencyStems, domains: null },
    { name: (p, s) => `${D(p)}${s}社会工作服务中心`, stems: agencyStems, domains: null },
    { name: (_p, s) => `上海${s}社会工作事务所`, stems: agencyStems, domains: null },
    { name: (p, s) => `${D(p)}${s}家庭服务中心`, stems: agencyStems, domains: ['marriage_family', 'child_welfare'] },
    { name: (p) => `上海市自强社会服务总社${D(p)}工作站`, domains: ['drug_rehab'] },
    { name: (p) => `上海市新航社区服务总站${D(p)}工作站`, domains: ['correction', 'crime_prevention'] },
    {
      name: (p) => `上海市阳光社区青少年事务中心${D(p)}工作站`,
      domains: ['youth_affairs', 'crime_prevention', 'minor_protection'],
    },
    { name: (p) => `${D(p)}青少年事务社工站`, domains: ['youth_affairs', 'minor_protection'] },
  ],
  street_station: [
    {
      name: (p) => `${D(p)}${p.street}社会工作站`,
      domains: [
        'community_building',
        'community_building',
        'community_building',
        'social_assistance',
        'people_mediation',
      ],
    },
  ],
  elderly_service_complex: [{ name: (p) => `${D(p)}${p.street}社区综合为老服务中心`, domains: ['elderly_care'] }],
  elderly_care_institution: [
    { name: (p, s) => `${D(p)}${s}养老院`, stems: elderStems, domains: ['elderly_care'] },
    { name: (p, s) => `${D(p)}${s}护理院`, stems: elderStems, domains: ['elderly_care', 'elderly_care', 'life_care'] },
    { name: (p) => `${D(p)}${core(p.street)}敬老院`, domains: ['elderly_care'] },
    { name: (p, s) => `${D(p)}${s}长者照护之家`, stems: elderStems, domains: ['elderly_care'] },
  ],
  school: [
    { name: (p, s) => `${D(p)}${s}中学`, stems: schoolStems, domains: ['school', 'school', 'youth_affairs'] },
    { name: (p, s) => `${D(p)}${s}小学`, stems: schoolStems, domains: ['school', 'school', 'minor_protection'] },
    { name: (p, s) => `${D(p)}${s}学校`, stems: schoolStems, domains: ['school'] },
    { name: (p) => `${D(p)}特殊教育学校`, domains: ['school', 'disability'] },
  ],
  hospital: [
    { name: (p) => `${D(p)}中心医院`, domains: ['medical'] },
    { name: (p) => `${D(p)}精神卫生中心`, domains: ['mental_health', 'psychological'] },
    { name: (p) => `${D(p)}${core(p.street)}社区卫生服务中心`, domains: ['medical', 'public_health', 'life_care'] },
    { name: (p) => `${D(p)}妇幼保健院`, domains: ['medical', 'child_welfare'] },
    { name: (p) => `${D(p)}中医医院`, domains: ['medical'] },
    { name: (_p, s) => `上海市${s}人民医院社工部`, stems: hospitalOrdinals, domains: ['medical', 'life_care'] },
  ],
  mass_organisation: [
    { name: (p) => `${D(p)}妇女联合会`, domains: ['marriage_family', 'child_welfare', 'minor_protection'] },
    { name: (p) => `${D(p)}总工会职工服务中心`, domains: ['employee_services', 'labour_mediation'] },
    { name: (p) => `共青团${D(p)}委员会`, domains: ['youth_affairs'] },
    { name: (p) => `${D(p)}残疾人联合会`, domains: ['disability'] },
    { name: (p) => `${D(p)}${p.street}妇女联合会`, domains: ['marriage_family'] },
  ],
  community_service_centre: [
    { name: (p) => `${D(p)}${p.street}社区党群服务中心`, domains: ['community_building', 'united_front'] },
    { name: (p) => `${D(p)}${core(p.street)}睦邻中心`, domains: ['community_building'] },
    {
      name: (p) => `${D(p)}${p.street}社区服务中心`,
      domains: ['community_building', 'social_assistance', 'people_mediation'],
    },
  ],
  public_institution: [
    { name: (p) => `${D(p)}${p.street}社区事务受理服务中心`, domains: ['social_assistance', 'employment'] },
    { name: (p) => `${D(p)}退役军人服务中心`, domains: ['veterans'] },
    { name: (p) => `${D(p)}救助管理站`, domains: ['social_assistance', 'disaster'] },
    { name: (p) => `${D(p)}就业促进中心`, domains: ['employment', 'labour_mediation'] },
    { name: (p) => `${D(p)}社会福利院`, domains: ['child_welfare', 'disability'] },
    { name: (p) => `${D(p)}${p.street}人民调解委员会`, domains: ['people_mediation'] },
    { name: (p) => `${D(p)}殡葬服务中心`, domains: ['life_care'] },
    { name: (p) => `${D(p)}应急管理服务中心`, domains: ['disaster', 'public_health'] },
  ],
  social_organisation: [
    { name: (_p, s) => `上海${s}公益基金会`, stems: agencyStems, domains: ['charity', 'public_interest'] },
    { name: (p, s) => `${D(p)}${s}公益发展中心`, stems: agencyStems, domains: ['public_interest', 'charity'] },
    { name: (p, s) => `${D(p)}${s}心理咨询中心`, stems: agencyStems, domains: ['psychological'] },
    { name: (p) => `${D(p)}国际社区服务中心`, domains: ['migration'] },
    { name: (p) => `${D(p)}新的社会阶层人士联合会`, domains: ['united_front'] },
    { name: (p) => `${D(p)}志愿者协会`, domains: ['public_interest', 'disaster'] },
  ],
  enterprise: [
    { name: (_p, s) => `上海${s}物业服务有限公司`, stems: agencyStems, domains: ['community_building'] },
    {
      name: (_p, s) => `上海${s}员工关爱服务有限公司`,
      stems: agencyStems,
      domains: ['employee_services', 'psychological'],
    },
    { name: (_p, s) => `上海${s}普惠金融服务有限公司`, stems: agencyStems, domains: ['financial'] },
  ],
};

/**
 * A name for a new organisation of `type` at `place`, not in `used` (which it joins). When every
 * variant is taken (the 2025 scale), the street is added to tell it apart, never a number.
 */
export function organisationName(
  rng: Random,
  type: string,
  place: Place,
  used: Set<string>,
): { name: string; domains: readonly string[] | null } {
  const templates = templatesByType[type] ?? templatesByType.social_work_agency ?? [];
  let fallback: { name: string; domains: readonly string[] | null } | undefined;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const t = rng.pick(templates);
    const name = t.name(place, t.stems ? rng.pick(t.stems) : '');
    fallback ??= { name, domains: t.domains };
    if (!used.has(name)) {
      used.add(name);
      return { name, domains: t.domains };
    }
  }
  const first = fallback ?? { name: `${place.district}社会工作服务社`, domains: null };
  for (const candidate of [`${first.name}（${place.street}）`, `${first.name}${core(place.street)}分部`]) {
    if (!used.has(candidate)) {
      used.add(candidate);
      return { name: candidate, domains: first.domains };
    }
  }
  return first;
}

/** Position titles by service domain: what organisations in that field actually advertise. */
export const titlesByDomain: Record<string, readonly string[]> = {
  child_welfare: ['儿童福利社工', '儿童之家社工', '困境儿童个案社工', '儿童保护个案社工', '儿童福利项目主管'],
  minor_protection: ['未成年人保护社工', '未成年人保护工作站社工', '涉案未成年人帮教社工', '家庭监护评估社工'],
  elderly_care: [
    '养老服务社工',
    '长者照护个案社工',
    '长者照护项目主管',
    '认知症照护项目社工',
    '为老服务中心社工',
    '居家养老评估社工',
    '老年社工督导',
    '长者社区活动社工',
    '养老顾问',
    '长者助餐点社工',
  ],
  disability: ['助残社工', '阳光之家社工', '残障人士就业辅导社工', '康复支持社工', '助残项目主管'],
  youth_affairs: ['青少年事务社工', '社区青少年社工', '青少年成长项目社工', '青少年事务督导'],
  employee_services: ['职工服务社工', '员工关爱社工（EAP）', '工会职工服务站社工', '新就业形态劳动者服务社工'],
  veterans: ['退役军人服务社工', '退役军人事务专员（社工）', '优抚对象个案社工'],
  migration: ['来沪人员服务社工', '国际社区服务社工', '外籍人士融入项目社工'],
  marriage_family: ['婚姻家庭社工', '家庭教育指导社工', '婚姻家庭辅导社工', '家事调解社工', '妇女儿童维权社工'],
  social_assistance: ['社会救助社工', '救助对象个案社工', '低收入家庭帮扶社工', '临时救助评估社工', '救助站社工'],
  charity: ['慈善项目社工', '慈善募捐项目专员', '慈善超市运营社工', '公益慈善项目主管'],
  community_building: [
    '社区社工',
    '居民区社区工作者',
    '社区营造项目社工',
    '街镇社工站社工',
    '睦邻点社工',
    '社区自治项目社工',
    '社区文化服务社工',
    '社区工作督导',
    '党群服务中心社工',
    '社区志愿服务协调员',
  ],
  psychological: ['心理健康社工', '心理援助热线社工', '社区心理服务社工', '心理疏导项目主管'],
  medical: [
    '医务社工',
    '医务社工（肿瘤科）',
    '医务社工（儿科）',
    '医务社工（急诊）',
    '医务社工（康复科）',
    '医院社工部主管',
  ],
  mental_health: ['精神健康社工', '精神康复社工', '阳光心园社工', '社区精神卫生个案社工'],
  public_health: ['公共卫生社工', '健康促进社工', '社区卫生应急社工'],
  employment: ['就业援助社工', '就业困难人员帮扶社工', '青年就业见习辅导社工'],
  labour_mediation: ['劳动争议调解社工', '劳动关系协调社工', '职工法律援助社工'],
  school: ['学校社工', '驻校社工', '学校社工（心理方向）', '学生成长辅导社工', '特殊教育学校社工'],
  crime_prevention: ['犯罪预防社工', '预防青少年犯罪社工', '社区平安建设社工'],
  drug_rehab: ['禁毒社工', '禁毒社工（戒毒康复）', '禁毒宣传教育社工', '社区戒毒康复个案社工'],
  correction: ['社区矫正社工', '安置帮教社工', '矫正对象个案社工', '矫治帮教项目督导'],
  life_care: ['生命关怀社工', '安宁疗护社工', '殡葬服务社工', '哀伤辅导社工'],
  united_front: ['统战服务社工', '新社会阶层服务社工', '民族宗教事务服务社工'],
  disaster: ['灾害应急社工', '防灾减灾社区社工', '应急救助社工'],
  people_mediation: ['人民调解社工', '社区调解社工', '矛盾纠纷调处社工'],
  financial: ['金融社工', '反诈宣传社工', '家庭财务能力建设社工'],
  public_interest: ['公益服务社工', '志愿者管理社工', '公益项目主管', '社区基金会项目社工'],
};
/** Added when an organisation has used every title of a domain (busy employers, the 2025 scale). */
const qualifiers = [
  '（项目制）',
  '（派驻岗）',
  '（储备岗）',
  '（见习岗）',
  '（驻点）',
  '（兼职）',
  '（夜间值守）',
] as const;

/** A title for a new position of `domain` that the organisation (`taken`) has not used yet. */
export function positionTitle(rng: Random, domain: string, taken: Set<string>): string {
  const base = titlesByDomain[domain] ?? ['社工'];
  const fresh = base.filter((t) => !taken.has(t));
  let title = fresh.length > 0 ? rng.pick(fresh) : '';
  if (!title) {
    const combos = base.flatMap((t) => qualifiers.map((q) => t + q)).filter((t) => !taken.has(t));
    // Every combination used (only at the 2025 scale): a title may repeat.
    title = combos.length > 0 ? rng.pick(combos) : rng.pick(base);
  }
  taken.add(title);
  return title;
}
