// `npm run dev`: the API with Node's watch mode (TypeScript sources through tsx) and Vite with HMR.
// Open http://localhost:5173 — Vite proxies /api and /socket.io to the API on port 3000.
import { spawn } from 'node:child_process';

const children = [
  spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--watch-path=server/src',
      '--watch-path=shared/src',
      'server/src/main.ts',
    ],
    { stdio: 'inherit', env: { SEED_DEMO: 'if-empty', ...process.env } },
  ),
  spawn('npm', ['run', 'dev', '-w', 'client'], { stdio: 'inherit' }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
