import type { ThemeConfig } from 'antd';

/** A calm civic blue; every text colour here keeps at least 4.5:1 against white (WCAG 2.1 AA). */
export const brandBlue = '#1d5fa6';

/**
 * System fonts first, so Apple, Windows and Linux machines with a CJK font (PingFang, YaHei, Noto CJK) use
 * their own. The shipped Noto Sans SC (main.tsx) comes after them: on a machine without any CJK font it fills
 * in the Chinese glyphs, and its unicode-range slices mean a page downloads only the ones it shows.
 */
export const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, 'Noto Sans SC', sans-serif";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brandBlue, // 6.5:1 on white
    colorPrimaryHover: '#174f8c', // darker, not lighter, so white button text stays readable
    colorPrimaryActive: '#123f70',
    colorInfo: brandBlue,
    colorLink: brandBlue,
    colorLinkHover: '#123f70',
    colorLinkActive: '#0e3259',
    colorSuccess: '#2e7d32', // 5.1:1
    colorError: '#c41d1d', // 5.9:1
    colorWarningText: '#8a5300',
    colorText: '#1f2a37',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)', // 7.0:1
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)', // 5.7:1 (antd default 0.45 is 3.4:1)
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)', // 4.7:1
    colorBgLayout: '#f4f7fb',
    borderRadius: 6,
    fontFamily,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0', footerBg: '#eef2f7', footerPadding: '0', bodyBg: '#f4f7fb' },
  },
};
