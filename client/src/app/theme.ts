import type { ThemeConfig } from 'antd';

/** A calm civic blue; every text colour here keeps at least 4.5:1 against white (WCAG 2.1 AA). */
export const brandBlue = '#1d5fa6';

/**
 * System fonts first, so Apple, Windows and Linux machines with a CJK font (PingFang, YaHei, Noto CJK) use
 * their own. The shipped Noto Sans SC (main.tsx) comes after them: on a machine without any CJK font it fills
 * in the Chinese glyphs, and its unicode-range slices mean a page downloads only the ones it shows. It comes
 * before Helvetica/Arial: Linux maps Arial to Liberation Sans, and Chromium drew bold Chinese text (the site
 * name) and text marked lang="zh-CN" (the 中文 button) in it as empty boxes.
 */
export const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";

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
    // antd derives the light shades from the seed; from this dark green they come out grey (#b3bdb1, 2.6:1
    // under success text), so the success and info backgrounds are set to antd's usual light tints.
    colorSuccessBg: '#f6ffed', // success text 5.0:1 on it
    colorSuccessBgHover: '#d9f7be',
    colorSuccessBorder: '#b7eb8f',
    colorInfoBg: '#e6f4ff', // brand blue 5.8:1 on it
    colorInfoBorder: '#91caff',
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
    // A preset tag (<Tag color="green">) writes its text in the palette's 7th shade on the 1st: 3.4:1 for green
    // and orange, less for gold, lime and yellow. Darker shades here keep every preset at ≥ 5:1 (red, magenta,
    // blue, geekblue and purple already are). Status tags (color="warning") write in colorWarning.
    Tag: {
      volcano7: '#ad2102', // 6.4:1 on #fff2e8
      orange7: '#ad4e00', // 5.1:1 on #fff7e6
      gold7: '#874d00', // 6.5:1 on #fffbe6
      yellow7: '#876800', // 5.2:1 on #feffe6
      lime7: '#3f6600', // 6.6:1 on #fcffe6
      green7: '#237804', // 5.4:1 on #f6ffed
      cyan7: '#006d75', // 5.8:1 on #e6fffb
      colorWarning: '#8a5300',
    },
  },
};
