import type { IndexDefinition, SearchDocument } from '@shsw/server/platform/search/index';

/**
 * Fixture texts are chosen so that ICU (the embedded engine) and jieba (Meilisearch) cut every
 * queried word the same way: no query depends on a compound one segmenter keeps whole and the
 * other splits (e.g. 养老院, 心理咨询), and no Chinese query word reaches the five characters from
 * which Meilisearch would allow a typo.
 */
export const synonyms = {
  社工: ['社会工作者'],
  医务社工: ['医院社工'],
  医院社工: ['医务社工'],
  养老: ['为老', '老年'],
  为老: ['养老', '老年'],
  老年: ['养老', '为老'],
} as const satisfies Record<string, readonly string[]>;

export const positionsDefinition = (name: string): IndexDefinition => ({
  name,
  searchable: [
    { field: 'title', weight: 5 },
    { field: 'organisation', weight: 3 },
    { field: 'skills', weight: 2 },
    { field: 'description', weight: 1 },
  ],
  filterable: ['domains', 'district', 'employmentType', 'salaryMin', 'salaryMax', 'publishedAt'],
  sortable: ['salaryMax', 'publishedAt'],
  facets: ['domains', 'district', 'employmentType'],
  synonyms,
  stored: ['title', 'salaryMax', 'domains'],
});

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

interface PositionInput {
  id: string;
  title: string;
  organisation: string;
  skills: string[];
  description: string;
  domains: string[];
  district: string;
  employmentType: string;
  salary: [number, number];
  published: string;
}

const position = (p: PositionInput): SearchDocument => ({
  id: p.id,
  title: p.title,
  organisation: p.organisation,
  skills: p.skills,
  description: p.description,
  domains: p.domains,
  district: p.district,
  employmentType: p.employmentType,
  salaryMin: p.salary[0],
  salaryMax: p.salary[1],
  publishedAt: day(p.published),
});

// biome-ignore format: one fixture per line reads as a table
export const positions: SearchDocument[] = [
  position({ id: 'p01', title: '养老服务中心社会工作者', organisation: '乐群公益服务中心', skills: ['个案管理', '长者照护'], description: '负责社区居家养老服务，链接志愿者资源。', domains: ['elderly_care'], district: '310115', employmentType: 'full_time', salary: [6000, 9000], published: '2024-11-01' }),
  position({ id: 'p02', title: '为老服务专员', organisation: '静安区睦邻服务社', skills: ['活动组织'], description: '为辖区长者策划文体活动。', domains: ['elderly_care', 'community_building'], district: '310106', employmentType: 'part_time', salary: [4000, 6000], published: '2024-11-05' }),
  position({ id: 'p03', title: '老年社会工作项目主管', organisation: '徐汇区启明社会工作事务所', skills: ['项目管理', '督导评估'], description: '统筹老年社会工作项目，撰写评估报告。', domains: ['elderly_care'], district: '310104', employmentType: 'full_time', salary: [9000, 14000], published: '2024-10-20' }),
  position({ id: 'p04', title: '儿童福利督导', organisation: '普陀区阳光儿童服务中心', skills: ['儿童保护', '督导评估'], description: '为儿童福利机构一线社工提供专业督导。', domains: ['child_welfare'], district: '310107', employmentType: 'full_time', salary: [10000, 15000], published: '2024-11-10' }),
  position({ id: 'p05', title: '项目督导', organisation: '黄浦区同心社会工作服务社', skills: ['督导评估'], description: '负责儿童福利项目的质量控制。', domains: ['child_welfare', 'minor_protection'], district: '310101', employmentType: 'project', salary: [8000, 12000], published: '2024-09-15' }),
  position({ id: 'p06', title: '医务社工', organisation: '瑞金医院社会工作部', skills: ['个案管理', '危机干预'], description: '在医院为患者及家属提供心理社会支持。', domains: ['medical'], district: '310101', employmentType: 'full_time', salary: [8000, 12000], published: '2024-11-12' }),
  position({ id: 'p07', title: '医院社工', organisation: '仁济医院', skills: ['危机干预'], description: '协助医护团队开展患者家庭支持。', domains: ['medical'], district: '310115', employmentType: 'full_time', salary: [7000, 11000], published: '2024-10-01' }),
  position({ id: 'p08', title: '医务社会工作者（实习）', organisation: '华东社会工作实习基地', skills: ['个案管理'], description: '医务部门实习岗位。', domains: ['medical'], district: '310106', employmentType: 'internship', salary: [3000, 4000], published: '2024-08-30' }),
  position({ id: 'p09', title: '禁毒社工', organisation: '长宁区自强服务社', skills: ['禁毒宣传'], description: '开展社区禁毒宣传与戒毒康复服务。', domains: ['drug_rehab'], district: '310105', employmentType: 'full_time', salary: [6000, 8000], published: '2024-07-01' }),
  position({ id: 'p10', title: '社区矫正社工', organisation: '宝山区新航服务站', skills: ['社区矫正', 'Excel'], description: '熟练使用Excel、统计软件整理矫正对象档案。', domains: ['correction'], district: '310113', employmentType: 'full_time', salary: [6500, 9500], published: '2024-10-15' }),
  position({ id: 'p11', title: '学校社会工作者', organisation: '杨浦区青少年事务社工站', skills: ['Python', '数据分析'], description: '运用Python分析学生成长数据，参与社区矫正宣传。', domains: ['school'], district: '310110', employmentType: 'full_time', salary: [8000, 12000], published: '2024-11-15' }),
  position({ id: 'p12', title: '<b>养老</b>护理社工 & "包住"', organisation: '嘉定区颐康苑', skills: ['长者照护'], description: '为入住长者提供照护服务。', domains: ['elderly_care'], district: '310114', employmentType: 'full_time', salary: [5000, 7000], published: '2024-06-01' }),
  position({ id: 'p13', title: '心理咨询师', organisation: '闵行区心启社会工作服务中心', skills: ['心理疏导'], description: '为社区居民提供心理健康服务，擅长CBT。', domains: ['psychological'], district: '310112', employmentType: 'part_time', salary: [5000, 8000], published: '2024-05-20' }),
  position({ id: 'p14', title: '陆家嘴街道社区工作者', organisation: '陆家嘴社区服务中心', skills: ['社区工作'], description: 'Lujiazui community worker，负责居委会事务。', domains: ['community_building'], district: '310115', employmentType: 'full_time', salary: [6000, 9000], published: '2024-11-01' }),
  position({ id: 'p15', title: '儿童福利院保育员', organisation: '市儿童福利院', skills: ['成长陪伴'], description: '照顾院内儿童的日常生活。', domains: ['child_welfare'], district: '310104', employmentType: 'full_time', salary: [5000, 7000], published: '2024-03-01' }),
];

/** p13 rewritten: a new title and text, and no longer CBT or psychological. */
export const p13Replacement: SearchDocument = position({
  id: 'p13',
  title: '禁毒项目督导',
  organisation: '闵行区心启社会工作服务中心',
  skills: ['督导评估'],
  description: '指导禁毒社工开展个案工作。',
  domains: ['drug_rehab'],
  district: '310112',
  employmentType: 'full_time',
  salary: [9000, 13000],
  published: '2024-11-20',
});

export const talentDefinition = (name: string): IndexDefinition => ({
  name,
  searchable: [
    { field: 'headline', weight: 5 },
    { field: 'skills', weight: 3 },
    { field: 'summary', weight: 1 },
  ],
  filterable: ['available', 'yearsExperience', 'updatedAt'],
  sortable: ['yearsExperience', 'updatedAt'],
  facets: ['domains', 'district', 'certificate', 'education'],
  synonyms,
});

// biome-ignore format: one fixture per line reads as a table
export const talents: SearchDocument[] = [
  { id: 't1', headline: '养老服务社工', summary: '十年长者照护经验', skills: ['长者照护', '个案管理'], domains: ['elderly_care'], district: '310115', certificate: 'social_worker', education: 'bachelor', available: true, yearsExperience: 10, updatedAt: day('2024-11-01') },
  { id: 't2', headline: '儿童福利督导', summary: '擅长儿童保护个案', skills: ['儿童保护'], domains: ['child_welfare'], district: '310104', certificate: 'senior', education: 'master', available: false, yearsExperience: 15, updatedAt: day('2024-10-01') },
  { id: 't3', headline: '医务社工', summary: '三甲医院患者支持', skills: ['危机干预'], domains: ['medical'], district: '310101', certificate: 'assistant', education: 'bachelor', available: true, yearsExperience: 3, updatedAt: day('2024-09-01') },
  { id: 't4', headline: '社区工作者', summary: '居委会事务与社区营造', skills: ['社区工作'], domains: ['community_building'], district: '310115', certificate: 'none', education: 'diploma', available: true, yearsExperience: 1, updatedAt: day('2024-08-01') },
  { id: 't5', headline: '青少年事务社会工作者', summary: '学校与社区青少年服务', skills: ['小组工作', 'Python'], domains: ['youth_affairs', 'school'], district: '310110', certificate: 'social_worker', education: 'master', available: false, yearsExperience: 6, updatedAt: day('2024-07-01') },
  { id: 't6', headline: '为老服务协调员', summary: '统筹社区老年活动', skills: ['活动组织'], domains: ['elderly_care', 'community_building'], district: '310106', certificate: 'assistant', education: 'diploma', available: true, yearsExperience: 4, updatedAt: day('2024-06-01') },
];
