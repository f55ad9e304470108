/**
 * The documented demo accounts (README, "Demo accounts"). They exist only in demo data;
 * production never runs the seed.
 */
export const demoAccounts = {
  worker: { login: 'worker@demo.shsw.cn', password: 'Bamboo-lantern-26', displayName: '林晓雯' },
  owner: { login: 'org@demo.shsw.cn', password: 'Harbour-violet-26', displayName: '阳光社工服务社 王主任' },
  recruiter: {
    login: 'recruiter@demo.shsw.cn',
    password: 'Maple-compass-26',
    displayName: '阳光社工服务社 招聘专员',
  },
  pendingOwner: { login: 'pending@demo.shsw.cn', password: 'Orchid-teapot-26', displayName: '新成立机构 负责人' },
  bureau: { login: 'bureau@demo.shsw.cn', password: 'Granite-willow-26', displayName: '上海市民政局 社会工作处' },
  admin: { login: 'admin@demo.shsw.cn', password: 'Copper-heron-26', displayName: '平台管理员' },
} as const;
