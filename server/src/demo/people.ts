import type { Random } from './random.js';

/** Common surnames, weighted roughly by frequency in Shanghai. */
const surnames: readonly (readonly [string, number])[] = [
  ['王', 8],
  ['张', 8],
  ['陈', 8],
  ['李', 7],
  ['刘', 5],
  ['周', 5],
  ['徐', 5],
  ['朱', 4],
  ['沈', 4],
  ['吴', 4],
  ['黄', 3],
  ['杨', 3],
  ['顾', 3],
  ['陆', 3],
  ['钱', 2],
  ['孙', 2],
  ['胡', 2],
  ['金', 2],
  ['施', 2],
  ['蒋', 2],
  ['姚', 2],
  ['丁', 1],
  ['冯', 1],
  ['曹', 1],
  ['袁', 1],
  ['许', 1],
  ['郁', 1],
  ['严', 1],
  ['龚', 1],
  ['欧阳', 0.3],
];
const givenChars = '明华丽芳敏静婷伟强磊洁燕娟霞晓文军杰涛勇艳玲红梅琳雪颖慧佳欣怡宇辰浩然思雨嘉悦晨阳一诺子涵梓萱';

export function personName(rng: Random): string {
  const given = rng.chance(0.7) ? rng.pick([...givenChars]) + rng.pick([...givenChars]) : rng.pick([...givenChars]);
  return rng.weighted(surnames) + given;
}

export const schools = [
  '华东理工大学',
  '上海大学',
  '华东师范大学',
  '复旦大学',
  '上海师范大学',
  '华东政法大学',
  '上海政法学院',
  '上海工程技术大学',
  '上海开放大学',
  '上海青年管理干部学院',
  '上海城建职业学院',
  '上海东海职业技术学院',
] as const;

export const majorsByField = {
  social_work: ['社会工作', '社会工作（医务方向）', '社会工作（老年方向）'],
  related: ['社会学', '心理学', '公共事业管理', '老年服务与管理', '社区管理与服务', '教育学'],
  other: ['会计', '护理', '计算机科学与技术', '法学', '汉语言文学', '工商管理'],
} as const;

export const skillsPool = [
  '个案工作',
  '小组工作',
  '社区工作',
  '心理疏导',
  '危机干预',
  '资源链接',
  '项目管理',
  '需求评估',
  '家庭治疗',
  '老年照护评估',
  '儿童保护评估',
  '禁毒宣传',
  '志愿者管理',
  '政策咨询',
  '社区调解',
  '督导',
  '活动策划',
  '公文写作',
] as const;

export const ceProviders = [
  '上海市社会工作者协会',
  '区社会工作协会',
  '华东理工大学社会工作系',
  '上海开放大学',
  '市民政局培训中心',
] as const;
export const ceTopics = [
  '社会工作伦理',
  '老年社会工作实务',
  '儿童保护与个案管理',
  '社区治理与居民自治',
  '督导技巧',
  '心理危机干预',
  '社会救助政策',
] as const;
