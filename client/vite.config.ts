import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

/**
 * Long-lived vendor chunks, so a change to the app's own code doesn't bust them. Only modules the first page
 * needs (`$initial`) are grouped; library code used only by lazy pages stays with those pages.
 */
const vendorChunks: { name: string; test: RegExp; priority: number; tags?: '$initial'[] }[] = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  {
    name: 'antd',
    test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|stylis|dayjs|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed)[\\/]/,
    priority: 20,
    tags: ['$initial'],
  },
  { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
  {
    name: 'vendor',
    test: /[\\/]node_modules[\\/](i18next|react-i18next|@tanstack|zod|html-parse-stringify|void-elements)[\\/]/,
    priority: 10,
  },
];

/**
 * Fontsource's @font-face rules list a woff fallback after each woff2 slice; every browser we support reads
 * woff2, so the fallback is dropped rather than copying ~900 unused files into the build.
 */
function woff2Only(): Plugin {
  return {
    name: 'shsw:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/][^?]+\.css(\?|$)/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [woff2Only(), react()],
  // Workspace packages (@shsw/shared) export their TypeScript sources under `source`.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Font slices stay separate, cacheable files: inlined into the CSS, every page would download all of them.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    // ECharts' core alone (bar chart, grid, SVG renderer) minifies to ~470 kB; it loads only on report pages.
    chunkSizeWarningLimit: 560,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorChunks } },
    },
  },
});
