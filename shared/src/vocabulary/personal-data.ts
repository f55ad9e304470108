import type { Label } from './label.js';

/**
 * What the platform holds about a person, section by section: the keys of the data export
 * (`GET /api/me/export`), the lines of the deletion report (`DELETE /api/me`) and of the privacy
 * page. Each stored collection declares which section it feeds (server: personal-data registry).
 */
export const personalDataSections = [
  { code: 'account', label: { zh: '账号', en: 'Account' } },
  { code: 'sessions', label: { zh: '登录会话', en: 'Sign-in sessions' } },
  { code: 'signInFailures', label: { zh: '登录失败记录', en: 'Failed sign-ins' } },
  { code: 'talentRecord', label: { zh: '人才档案', en: 'Talent record' } },
  { code: 'searchIndex', label: { zh: '搜索索引中的档案副本', en: 'Copy of the record in the search index' } },
  { code: 'applications', label: { zh: '求职申请', en: 'Applications' } },
  { code: 'notifications', label: { zh: '通知', en: 'Notifications' } },
  { code: 'savedSearches', label: { zh: '订阅的搜索', en: 'Saved searches' } },
  { code: 'savedSearchMatches', label: { zh: '订阅搜索的匹配记录', en: 'Saved-search matches' } },
  { code: 'reportFollow', label: { zh: '关注的供需报告', en: 'Report alerts' } },
  { code: 'auditEntries', label: { zh: '审计日志中与您有关的记录', en: 'Audit-log entries about you' } },
  {
    code: 'registryMatches',
    label: { zh: '证书登记库中与您证书号相同的条目', en: 'Certificate-registry entries with your certificate numbers' },
  },
  { code: 'organisationMembership', label: { zh: '机构成员身份', en: 'Organisation membership' } },
  { code: 'invitations', label: { zh: '您创建或接受的机构邀请', en: 'Invitations you created or accepted' } },
  { code: 'positionsCreated', label: { zh: '您创建的岗位', en: 'Positions you created' } },
  { code: 'registryImports', label: { zh: '您导入的登记库文件', en: 'Registry files you imported' } },
  { code: 'reportsPublished', label: { zh: '您发布的供需报告', en: 'Reports you published' } },
  { code: 'denominatorsEntered', label: { zh: '您录入的指标分母', en: 'Indicator denominators you entered' } },
  { code: 'salaryGuidanceUpdates', label: { zh: '您更新的薪酬指导价', en: 'Salary guidance you updated' } },
  { code: 'settingsChanged', label: { zh: '您修改的平台设置', en: 'Platform settings you changed' } },
  { code: 'statisticsFacts', label: { zh: '统计用的事实', en: 'Facts for the statistics' } },
  { code: 'blocks', label: { zh: '您设置的屏蔽', en: 'Blocks you made' } },
  { code: 'bookmarks', label: { zh: '收藏的岗位', en: 'Bookmarked positions' } },
  {
    code: 'applyInvitations',
    label: { zh: '投递邀请（您收到或发出的）', en: 'Invitations to apply (received or sent)' },
  },
  {
    code: 'contactRequests',
    label: { zh: '查看联系方式的申请', en: 'Requests to see contact details' },
  },
  { code: 'conversations', label: { zh: '对话和消息', en: 'Conversations and messages' } },
] as const satisfies readonly { code: string; label: Label }[];
export type PersonalDataSection = (typeof personalDataSections)[number]['code'];
export const personalDataSectionCodes = personalDataSections.map((s) => s.code) as [
  PersonalDataSection,
  ...PersonalDataSection[],
];

/** Why something is kept after an account is deleted (PIPL art. 47 lets these stay). */
export const retentionReasons = [
  {
    code: 'statistics',
    label: {
      zh: '供需统计按历史口径计算（沪民社工发〔2022〕1号要求定期公布供需信息）：删除账号不能改写已经发生的供需。保留的事实用随机编号代替您，平台不保存随机编号与您的对应关系，已属于匿名化信息（《个人信息保护法》第七十三条）。',
      en: 'Supply–demand statistics are computed "as of" past dates (the plan requires them to be published regularly): deleting an account must not rewrite what happened. The facts kept carry a random number instead of you, and the link between that number and you is not stored anywhere, so they are anonymised information (PIPL art. 73).',
    },
  },
  {
    code: 'security_log',
    label: {
      zh: '审计日志是平台的安全记录（《网络安全法》第二十一条要求留存网络日志不少于六个月），保留动作、时间和角色；其中的账号编号换成随机编号，IP 地址和附带的说明删除。',
      en: 'The audit log is the platform’s security record (the Cybersecurity Law, art. 21, requires network logs to be kept for at least six months): the action, time and role stay; your account number is replaced by a random number and the IP address and any details are removed.',
    },
  },
  {
    code: 'organisation_records',
    label: {
      zh: '机构和民政部门的工作记录（岗位、招聘步骤、审核与发布）属于这些单位：记录里只留下一个已注销账号的编号，平台上已没有任何能把它对应到您的信息；您写下的招聘备注保留在机构，署名删除。',
      en: 'Records of the work of organisations and the bureau (positions, hiring steps, verifications, publications) belong to them: they keep only the number of a deleted account, which nothing on the platform links to you any more; hiring notes you wrote stay with the organisation, without your name.',
    },
  },
  {
    code: 'official_registry',
    label: {
      zh: '证书登记库是民政部门从发证机关导入的官方名录，并非由您的账号产生，删除账号不会改变官方登记。',
      en: 'The certificate registry is the official list the bureau imports from the issuing authority; it was not created from your account, and deleting the account does not change the official register.',
    },
  },
] as const satisfies readonly { code: string; label: Label }[];
export type RetentionReason = (typeof retentionReasons)[number]['code'];

/** Exactly what stays after deletion, and why: the privacy page, the deletion report and the docs. */
export const retainedAfterDeletion = [
  {
    section: 'statisticsFacts',
    reason: 'statistics',
    what: {
      zh: '一条匿名的人才事实（出生年份、所在区和街镇类型、已核验的最高证书等级及取得年份、最高学历、人才类别、服务领域、求职期间和在职期间，均截止到删除之日）；每份申请一条匿名事实（岗位、投递时间、进行期间、录用时间）。',
      en: 'One anonymous worker fact (birth year, district and kind of street/town, highest verified certificate level and the year obtained, highest education, talent category, service domains, the periods of seeking and of employment, all ending on the day of deletion); one anonymous fact per application (position, time submitted, period in progress, time hired).',
    },
  },
  {
    section: 'auditEntries',
    reason: 'security_log',
    what: {
      zh: '审计日志中您做过的或与您有关的每条记录的动作、时间、角色和机构，账号编号换成随机编号，无 IP、无附带说明。',
      en: 'For each audit-log entry by or about you: the action, time, role and organisation, with a random number for your account, no IP address and no details.',
    },
  },
  {
    section: 'positionsCreated',
    reason: 'organisation_records',
    what: {
      zh: '机构和民政部门记录中您账号的编号（创建岗位、招聘步骤、审核、发布、导入、设置）；您写的招聘备注的正文（不署名）。',
      en: 'The number of your account in the records of organisations and the bureau (positions created, hiring steps, verifications, publications, imports, settings); the text of hiring notes you wrote (without your name).',
    },
  },
  {
    section: 'registryMatches',
    reason: 'official_registry',
    what: {
      zh: '证书登记库中与您证书号相同的官方条目。',
      en: 'Official certificate-registry entries with your certificate numbers.',
    },
  },
] as const satisfies readonly { section: PersonalDataSection; reason: RetentionReason; what: Label }[];

/** The data export's format marker: a reader checks both before reading the sections. */
export const PERSONAL_DATA_EXPORT_FORMAT = 'shsw.personal-data-export';
export const PERSONAL_DATA_EXPORT_VERSION = 1;
