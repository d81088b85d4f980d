// `npm run web`: serves the built renderer on 127.0.0.1 for a browser, the
// fallback wherever Electron cannot run. Only loopback: the data is personal.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  preview: { host: '127.0.0.1', port, strictPort: false, open: false },
});
const url = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nTraining Desk is running at ${url}\nOpen it in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.\n`);
