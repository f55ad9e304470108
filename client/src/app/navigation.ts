import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalculatorOutlined,
  CloudUploadOutlined,
  CompassOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  MailOutlined,
  MessageOutlined,
  MoneyCollectOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SettingOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Role } from '@shsw/shared';
import type { ComponentType } from 'react';
import { matchPath } from 'react-router';
import type zhCN from '../locales/zh-CN.json';

type NavIcon = ComponentType<{ 'aria-hidden'?: boolean; className?: string }>;

export interface NavItem {
  /** Route path the item leads to. */
  to: string;
  /** Translation key under `nav.items`. */
  label: keyof (typeof zhCN)['nav']['items'];
  icon: NavIcon;
  /** Active only on this exact path (for `/`), not on paths below it. */
  end?: boolean;
}

/** A dropdown in the header (a titled section in the phone drawer) holding related pages. */
export interface NavGroup {
  /** Translation key under `nav.groups`; also the group's DOM id stem. */
  group: keyof (typeof zhCN)['nav']['groups'];
  icon: NavIcon;
  items: readonly NavItem[];
}

export type NavEntry = NavItem | NavGroup;

export function isNavGroup(entry: NavEntry): entry is NavGroup {
  return 'group' in entry;
}

/** Whether the page at `pathname` is this item's (the rule `NavLink` uses for `aria-current`). */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return matchPath({ path: item.to, end: item.end ?? false }, pathname) !== null;
}

/** The item of a group that the current page belongs to, if any. */
export function currentItemOf(group: NavGroup, pathname: string): NavItem | undefined {
  return group.items.find((item) => isCurrent(item, pathname));
}

const home: NavItem = { to: '/', label: 'home', icon: HomeOutlined, end: true };
// `/positions` alone: an open position's own page is not part of the search.
const findPositions: NavItem = { to: '/positions', label: 'findPositions', icon: SearchOutlined, end: true };
const reports: NavItem = { to: '/reports', label: 'reports', icon: BarChartOutlined };
const indicators: NavItem = { to: '/indicators', label: 'indicators', icon: LineChartOutlined };
const dashboard: NavItem = { to: '/dashboard', label: 'dashboard', icon: DashboardOutlined };
const messages: NavItem = { to: '/messages', label: 'messages', icon: MessageOutlined };
const talentSearch: NavItem = { to: '/talent', label: 'talentSearch', icon: UserSwitchOutlined };

/** The public pages, for signed-in people: one menu rather than four links beside their own. */
const explore = (items: readonly NavItem[]): NavGroup => ({ group: 'explore', icon: CompassOutlined, items });

const bureauGroups: readonly NavEntry[] = [
  dashboard,
  {
    group: 'review',
    icon: AuditOutlined,
    items: [
      { to: '/bureau/organisations', label: 'orgVerification', icon: AuditOutlined },
      { to: '/bureau/certificates', label: 'certificateReview', icon: SafetyCertificateOutlined },
      { to: '/bureau/conversation-reports', label: 'conversationReports', icon: WarningOutlined },
    ],
  },
  {
    group: 'statistics',
    icon: FundProjectionScreenOutlined,
    items: [
      { to: '/bureau/reports', label: 'reportPublishing', icon: FundProjectionScreenOutlined },
      { to: '/bureau/indicators', label: 'denominators', icon: CalculatorOutlined },
      { to: '/bureau/salary-guidance', label: 'salaryGuidance', icon: MoneyCollectOutlined },
      { to: '/bureau/ce-rule', label: 'ceRule', icon: ReadOutlined },
      { to: '/bureau/registry', label: 'registryImport', icon: CloudUploadOutlined },
    ],
  },
  talentSearch,
];

/** The header navigation per audience: links and groups of links. Features add their items here. */
export const navigation: Record<'public' | Role, readonly NavEntry[]> = {
  public: [home, findPositions, reports, indicators],
  worker: [
    dashboard,
    { to: '/me/profile', label: 'profile', icon: IdcardOutlined },
    {
      group: 'jobSearch',
      icon: AppstoreOutlined,
      items: [
        findPositions,
        { to: '/me/matches', label: 'myMatches', icon: StarOutlined },
        { to: '/me/applications', label: 'myApplications', icon: FileTextOutlined },
        { to: '/me/invitations', label: 'myInvitations', icon: MailOutlined },
        { to: '/me/bookmarks', label: 'bookmarks', icon: BookOutlined },
        { to: '/me/saved-searches', label: 'savedSearches', icon: HeartOutlined },
      ],
    },
    messages,
    // Privacy lives in the account menu, as it does for every role.
    explore([home, reports, indicators]),
  ],
  org: [
    dashboard,
    // `/org` alone, so it is not marked current on the positions pages below it.
    { to: '/org', label: 'organisation', icon: BankOutlined, end: true },
    { to: '/org/positions', label: 'positions', icon: SolutionOutlined },
    { to: '/org/invitations', label: 'sentInvitations', icon: MailOutlined },
    talentSearch,
    messages,
    explore([home, findPositions, reports, indicators]),
  ],
  bureau: [...bureauGroups, explore([home, findPositions, reports, indicators])],
  admin: [
    ...bureauGroups,
    {
      group: 'system',
      icon: SettingOutlined,
      items: [
        { to: '/admin/users', label: 'users', icon: TeamOutlined },
        { to: '/admin/audit', label: 'audit', icon: FileSearchOutlined },
      ],
    },
    explore([home, findPositions, reports, indicators]),
  ],
};

/** What a visitor's header offers: the public pages signed out, their role's groups signed in. */
export function navEntriesFor(role: Role | null): readonly NavEntry[] {
  return navigation[role ?? 'public'];
}
