import { HomeOutlined } from '@ant-design/icons';
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

/** The header navigation per audience. Features add their items here as their pages arrive. */
export const navigation: Record<Audience, readonly NavItem[]> = {
  public: [{ to: '/', label: 'home', icon: HomeOutlined, end: true }],
  worker: [],
  org: [],
  bureau: [],
  admin: [],
};

/** The items a visitor sees: the public ones, then their role's. */
export function navItemsFor(role: Role | null): readonly NavItem[] {
  return role ? [...navigation.public, ...navigation[role]] : navigation.public;
}
