// Noto Sans SC split into ~100 unicode-range slices (vite.config.ts keeps only the woff2 files and never inlines
// them): a machine without a CJK font downloads just the slices holding the characters on screen. One weight:
// bold text (headings, table heads) is synthesised from it; a 700 face more than doubled the home page's font
// bytes (0.89 MB instead of 0.38 MB) and the render-blocking CSS.
import '@fontsource/noto-sans-sc/400.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { i18nReady } from './lib/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

await i18nReady;
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
