/**
 * The documented demo accounts (README, "Demo accounts"). They exist only in demo data;
 * production never runs the seed.
 */
export const demoAccounts = {
  worker: { login: 'worker@demo.shsw.cn', password: 'Demo-worker-2026', displayName: '林晓雯' },
  owner: { login: 'org@demo.shsw.cn', password: 'Demo-org-2026', displayName: '阳光社工服务社 王主任' },
  recruiter: {
    login: 'recruiter@demo.shsw.cn',
    password: 'Demo-recruiter-2026',
    displayName: '阳光社工服务社 招聘专员',
  },
  pendingOwner: { login: 'pending@demo.shsw.cn', password: 'Demo-pending-2026', displayName: '新成立机构 负责人' },
  bureau: { login: 'bureau@demo.shsw.cn', password: 'Demo-bureau-2026', displayName: '上海市民政局 社会工作处' },
  admin: { login: 'admin@demo.shsw.cn', password: 'Demo-admin-2026', displayName: '平台管理员' },
} as const;
