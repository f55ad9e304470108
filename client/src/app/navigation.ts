import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalculatorOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  MailOutlined,
  MessageOutlined,
  MoneyCollectOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SearchOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Role } from '@shsw/shared';
import type { ComponentType } from 'react';
import type zhCN from '../locales/zh-CN.json';

/** Who sees a navigation item: everyone (`public`), or only signed-in people with that role. */
export type Audience = 'public' | Role;

export interface NavItem {
  /** Route path the item leads to. */
  to: string;
  /** Translation key under `nav.items`. */
  label: keyof (typeof zhCN)['nav']['items'];
  icon: ComponentType<{ 'aria-hidden'?: boolean; className?: string }>;
  /** Active only on this exact path (for `/`), not on paths below it. */
  end?: boolean;
}

const talentSearch: NavItem = { to: '/talent', label: 'talentSearch', icon: UserSwitchOutlined };

const bureauItems: readonly NavItem[] = [
  { to: '/bureau/organisations', label: 'orgVerification', icon: AuditOutlined },
  { to: '/bureau/certificates', label: 'certificateReview', icon: SafetyCertificateOutlined },
  { to: '/bureau/registry', label: 'registryImport', icon: CloudUploadOutlined },
  { to: '/bureau/ce-rule', label: 'ceRule', icon: ReadOutlined },
  { to: '/bureau/salary-guidance', label: 'salaryGuidance', icon: MoneyCollectOutlined },
  { to: '/bureau/reports', label: 'reportPublishing', icon: FundProjectionScreenOutlined },
  { to: '/bureau/indicators', label: 'denominators', icon: CalculatorOutlined },
  { to: '/bureau/conversation-reports', label: 'conversationReports', icon: WarningOutlined },
  talentSearch,
];

/** The header navigation per audience. Features add their items here as their pages arrive. */
export const navigation: Record<Audience, readonly NavItem[]> = {
  public: [
    { to: '/', label: 'home', icon: HomeOutlined, end: true },
    // `/positions` alone: an open position's own page is not part of the search.
    { to: '/positions', label: 'findPositions', icon: SearchOutlined, end: true },
    { to: '/reports', label: 'reports', icon: BarChartOutlined },
    { to: '/indicators', label: 'indicators', icon: DashboardOutlined },
  ],
  worker: [
    { to: '/me/profile', label: 'profile', icon: IdcardOutlined },
    { to: '/me/matches', label: 'myMatches', icon: StarOutlined },
    { to: '/me/applications', label: 'myApplications', icon: FileTextOutlined },
    { to: '/me/bookmarks', label: 'bookmarks', icon: BookOutlined },
    { to: '/me/invitations', label: 'myInvitations', icon: MailOutlined },
    { to: '/messages', label: 'messages', icon: MessageOutlined },
    { to: '/me/saved-searches', label: 'savedSearches', icon: HeartOutlined },
    { to: '/me/privacy', label: 'privacy', icon: SafetyOutlined },
  ],
  org: [
    // `/org` alone, so it is not marked current on the positions pages below it.
    { to: '/org', label: 'organisation', icon: BankOutlined, end: true },
    { to: '/org/positions', label: 'positions', icon: SolutionOutlined },
    { to: '/org/invitations', label: 'sentInvitations', icon: MailOutlined },
    { to: '/messages', label: 'messages', icon: MessageOutlined },
    talentSearch,
  ],
  bureau: bureauItems,
  admin: [
    { to: '/admin/users', label: 'users', icon: TeamOutlined },
    { to: '/admin/audit', label: 'audit', icon: FileSearchOutlined },
    ...bureauItems,
  ],
};

/** The items a visitor sees: the public ones, then their role's. */
export function navItemsFor(role: Role | null): readonly NavItem[] {
  return role ? [...navigation.public, ...navigation[role]] : navigation.public;
}
