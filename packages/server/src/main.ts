#!/usr/bin/env node
/**
 * Starts Beian: opens (and migrates) the database the configuration names — the embedded one in ./data by
 * default — and serves the API on PORT (8080). Ctrl-C stops it cleanly; a restart keeps the data.
 */
import { svgCaptcha } from './adapters/captcha/svg-captcha.js';
import { createMailSender } from './adapters/mail/index.js';
import { createStorage } from './adapters/storage/index.js';
import { buildApp } from './app.js';
import { systemClock } from './clock.js';
import { loadDataKey, Sealer } from './crypto/sealer.js';
import { ConfigError, loadConfig } from './config.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { DataDirLockedError } from './db/lock-file.js';
import { startWorkerLoop, type WorkerLoop } from './jobs/loop.js';
import { ServerCalendar } from './usecases/calendar/server-calendar.js';
import { DEMO_PASSWORD, seedDemo } from './usecases/demo/seed-demo.js';
import { ensureSiteCheckSweep } from './usecases/site-checks/sweep-site-checks.js';
import { loadPdfFont } from './usecases/materials/verification-form.js';

async function start(): Promise<void> {
  const config = loadConfig();
  loadPdfFont(config.pdfFont); // fails now, not at the first download, when the Chinese font is missing
  const db = await openDatabase(config);
  const applied = await migrate(db);
  const sealer = new Sealer(loadDataKey(config));
  const answer = config.captchaTestAnswer;
  const captcha = answer ? { newCode: () => answer, render: svgCaptcha.render } : undefined;
  const deps = {
    config,
    db,
    clock: systemClock,
    sealer,
    storage: createStorage(config, sealer),
    ...(captcha ? { captcha } : {}),
    calendar: await ServerCalendar.load(db),
    mail: createMailSender(config),
  };
  const app = await buildApp(deps);
  let worker: WorkerLoop | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    await app.close();
    await worker?.stop(); // the round in progress ends before the database closes
    deps.mail.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const demo = config.seedDemo ? await seedDemo(deps) : undefined;
  await ensureSiteCheckSweep(deps); // the filed-site checks' first sweep, unless one is pending (or they are off)
  await app.listen({ port: config.port, host: config.host });
  if (config.workerIntervalMs > 0 && !stopping)
    worker = startWorkerLoop(deps, {
      intervalMs: config.workerIntervalMs,
      onError: (where, e) => app.log.error({ err: e }, `worker ${where}`),
    });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const where = config.databaseUrl ? 'PostgreSQL' : `${config.dataDir}（内置数据库）`;
  console.log(
    `Beian 已启动：http://localhost:${port}  数据：${where}  新迁移：${applied.join(', ') || '无'}`,
  );
  console.log(`接口文档：http://localhost:${port}/api/v1/docs`);
  for (const warning of deps.calendar.status(deps.clock.now()).warnings) console.log(`工作日历：${warning}`);
  if (demo?.seeded) {
    const list = demo.accounts.map((a) => `${a.email}（${a.role}）`).join('，');
    console.log(`演示账号（密码 ${DEMO_PASSWORD}）：${list}`);
    for (const [email, numbers] of Object.entries(demo.serviceNumbers))
      console.log(`  ${email} 的备案服务号：${numbers.join('、')}`);
  }
}

start().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) console.error(`beian: ${e.message}`);
  else console.error(e);
  process.exit(1);
});
