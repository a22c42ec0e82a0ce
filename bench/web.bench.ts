/**
 * npm run bench (after npm run build): the web app's two costs an applicant feels.
 * 1. One precheck per keystroke in the wizard: a 10-website order typed character by character (bench/web-typing.ts),
 *    the wizard's own `liveCheck` run after every keystroke — under Node, and in Debian's Chromium on an esbuild
 *    browser bundle of the same module (which bundles packages/core/dist). Median, p95 and max ms per keystroke
 *    against the 16 ms frame budget.
 * 2. The gzipped JavaScript of the first page: index.html's script and modulepreload links in packages/web/dist,
 *    with their static imports followed through the files themselves; beside it, all of dist's JavaScript.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { typingPass, type TypingApi } from './web-typing.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIZARD = join(ROOT, 'packages/web/src/portals/applicant/wizard');
const DIST = join(ROOT, 'packages/web/dist');
const FRAME_MS = 16;
const PASSES = 5; // measured passes, after one warm-up pass

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
function report(label: string, xs: number[]): void {
  const med = quantile(xs, 0.5);
  const p95 = quantile(xs, 0.95);
  const max = Math.max(...xs);
  console.log(
    `${label.padEnd(40)} median ${med.toFixed(2).padStart(6)} ms  p95 ${p95.toFixed(2).padStart(6)} ms  max ${max
      .toFixed(2)
      .padStart(
        6,
      )} ms   p95 = ${(p95 / FRAME_MS).toFixed(2)}× the ${FRAME_MS} ms frame${p95 <= FRAME_MS ? '' : '  ← above'}`,
  );
}

function runPasses(api: TypingApi): { live: number[]; core: number[] } {
  typingPass(api, 0); // warm-up
  const live: number[] = [];
  const core: number[] = [];
  for (let p = 1; p <= PASSES; p++) {
    const r = typingPass(api, p);
    live.push(...r.live);
    core.push(...r.core);
  }
  return { live, core };
}

// ---- 1. keystrokes -------------------------------------------------------------------------------------------

// paths built at run time: tsc -p bench does not follow the web app's sources (React, antd, the DOM)
const wizardModule = (name: string) => pathToFileURL(join(WIZARD, name)).href;
const live = (await import(wizardModule('live-precheck.ts'))) as Pick<TypingApi, 'liveCheck'>;
const draft = (await import(wizardModule('draft.ts'))) as Pick<TypingApi, 'setIn'>;
const core = (await import('@beian/core')) as unknown as Pick<TypingApi, 'precheck'>;
const nodeRun = runPasses({ liveCheck: live.liveCheck, setIn: draft.setIn, precheck: core.precheck });

const bundle = await build({
  stdin: {
    contents: [
      `import { liveCheck } from ${JSON.stringify(join(WIZARD, 'live-precheck.ts'))};`,
      `import { setIn } from ${JSON.stringify(join(WIZARD, 'draft.ts'))};`,
      `import { precheck } from '@beian/core';`,
      `import { typingPass } from ${JSON.stringify(join(ROOT, 'bench/web-typing.ts'))};`,
      `export const api = { liveCheck, setIn, precheck };`,
      `export { typingPass };`,
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'browser',
  format: 'iife',
  globalName: 'BeianBench',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0]!.text;

const home = mkdtempSync(join(tmpdir(), 'beian-bench-chromium-'));
let chromeRun: { live: number[]; core: number[] };
let chromeVersion: string;
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
    },
  });
  chromeVersion = browser.version();
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: code });
  chromeRun = await page.evaluate(`(() => {
    const { api, typingPass } = globalThis.BeianBench;
    typingPass(api, 0);
    const live = [], core = [];
    for (let p = 1; p <= ${PASSES}; p++) {
      const r = typingPass(api, p);
      live.push(...r.live);
      core.push(...r.core);
    }
    return { live, core };
  })()`);
  await browser.close();
} finally {
  rmSync(home, { recursive: true, force: true });
}

console.log(
  `web benchmark 1: the wizard's precheck per keystroke — a 10-website order typed character by character ` +
    `(subject addresses, every website's name and domain), ${nodeRun.live.length / PASSES} keystrokes × ${PASSES} passes after a warm-up`,
);
console.log(
  `node ${process.version}; Chromium ${chromeVersion} (bundle of live-precheck.ts + @beian/core dist: ${(code.length / 1024).toFixed(0)} KB minified)\n`,
);
report('Node     liveCheck (what the wizard runs)', nodeRun.live);
report('Node     core precheck alone', nodeRun.core);
report('Chromium liveCheck (what the wizard runs)', chromeRun.live);
report('Chromium core precheck alone', chromeRun.core);
console.log('(core precheck alone runs right after liveCheck on the same order: its domain memo is warm)\n');

// ---- 2. first page's JavaScript ------------------------------------------------------------------------------

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const linked = [
  ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
].map((m) => m[1]!.replace(/^\//, ''));

/** Static imports (`import … from "./x.js"`, `import "./x.js"`), not `import()`: what the browser loads at once. */
function staticImports(rel: string): string[] {
  const text = readFileSync(join(DIST, rel), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g,
  ))
    if (m[1]!.startsWith('.')) out.push(posix.normalize(posix.join(dirname(rel), m[1]!)));
  return out;
}
const firstPage = new Set<string>();
const queue = [...linked];
while (queue.length) {
  const rel = queue.shift()!;
  if (firstPage.has(rel)) continue;
  firstPage.add(rel);
  queue.push(...staticImports(rel));
}

const allJs = readdirSync(join(DIST, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const sized = (list: Iterable<string>) =>
  [...list]
    .map((rel) => ({ rel, raw: statSync(join(DIST, rel)).size, gz: gz(join(DIST, rel)) }))
    .sort((a, b) => b.gz - a.gz);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const first = sized(firstPage);
const all = sized(allJs);
const sum = (xs: { gz: number }[]) => xs.reduce((n, x) => n + x.gz, 0);
const sumRaw = (xs: { raw: number }[]) => xs.reduce((n, x) => n + x.raw, 0);

console.log(`web benchmark 2: the gzipped JavaScript of the first page (packages/web/dist, gzip level 9)\n`);
console.log(
  `first page: ${kb(sum(first))} gzipped (${kb(sumRaw(first))} raw) in ${first.length} files — index.html's ` +
    `${linked.length} script/modulepreload links and their static imports`,
);
for (const f of first.slice(0, 8))
  console.log(`  ${f.rel.padEnd(44)} ${kb(f.gz).padStart(10)} gz ${kb(f.raw).padStart(10)} raw`);
console.log(
  `\nwhole dist: ${kb(sum(all))} gzipped (${kb(sumRaw(all))} raw) in ${all.length} JavaScript files`,
);
for (const f of all.slice(0, 5))
  console.log(`  ${f.rel.padEnd(44)} ${kb(f.gz).padStart(10)} gz ${kb(f.raw).padStart(10)} raw`);
