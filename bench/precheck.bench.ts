/**
 * npm run bench: the cost of precheck on a 10-website order, beside JSON.parse + JSON.stringify of the same
 * order as the baseline, measured alternately (batch of one, batch of the other, …) in one run so that both
 * see the same machine state. Prints medians per operation and their ratio (aim: precheck ≤ 2× the baseline).
 */
import {
  evaluate,
  parsePrecheckInput,
  precheck,
  PROVINCES,
  residentIdCheckChar,
  type PrecheckInput,
} from '@beian/core';

const WEBSITE_LEADER_ID = '44010319900101456' + residentIdCheckChar('44010319900101456');

function order(): PrecheckInput {
  const province = 'GD';
  const zh = PROVINCES[province].zh;
  const name = `${zh}星河信息科技有限公司`;
  const facts = {
    registrar: '阿里云计算有限公司（万网）',
    registrarApproved: true,
    realNameVerified: true,
    realNameVerifiedAt: '2026-10-14',
    holder: name,
    expiresAt: '2028-10-23',
    privacyProtection: false,
  };
  const websites = Array.from({ length: 10 }, (_, i) => ({
    name: `星河科技产品${'一二三四五六七八九十'[i]}号站`,
    domains: [`xinghe-product${i}.com`],
    homepage: `https://www.xinghe-product${i}.com`,
    serviceContent: 'general',
    leader:
      i % 2 === 0
        ? ('subject_leader' as const)
        : {
            name: '赵明',
            region: 'mainland',
            certificateType: 'resident_id',
            certificateNumber: WEBSITE_LEADER_ID,
            certificateValidUntil: '2036-05-01',
            mobile: '13801030103',
            mobileProvince: province,
            email: 'zhaoming@example.cn',
            isLegalRepresentative: false,
          },
  }));
  return {
    asOf: '2026-11-23',
    subject: {
      nature: 'enterprise',
      province,
      name,
      certificate: {
        type: 'business_license',
        number: '91440103MA0AB12CXA',
        address: `${zh}人民路88号`,
        addressProvince: province,
      },
      mailingAddress: { province, text: `${zh}人民路88号5层` },
      investor: '李建国',
      businessScope: '软件开发；信息技术咨询服务',
      leader: {
        name: '李建国',
        region: 'mainland',
        certificateType: 'resident_id',
        certificateNumber: '44010319860415416X',
        certificateValidUntil: '2036-05-01',
        mobile: '13904160416',
        mobileProvince: province,
        email: 'lijianguo@example.cn',
        isLegalRepresentative: true,
      },
      legalRepresentative: { name: '李建国', region: 'mainland' },
    },
    websites,
    domains: Object.fromEntries(websites.map((w) => [w.domains[0]!, facts])),
  } as PrecheckInput;
}

const input = order();
const text = JSON.stringify(input);
let sink = 0;

/** Orders whose domains are new on every run, so the domain-analysis memo never helps (the cold case). */
const COLD = Array.from({ length: 4096 }, (_, k) => {
  const o = structuredClone(input);
  o.websites.forEach((w, i) => (w.domains = [`cold${k}-site${i}.com`]));
  o.domains = Object.fromEntries(o.websites.map((w) => [w.domains[0]!, Object.values(input.domains!)[0]!]));
  return o;
});
let cold = 0;

const subjects: Record<string, () => void> = {
  'JSON.parse + JSON.stringify (baseline)': () => {
    sink += JSON.stringify(JSON.parse(text)).length;
  },
  'precheck(input)': () => {
    sink += precheck(input).violations.length;
  },
  'precheck, domains new on every run': () => {
    sink += precheck(COLD[cold++ % COLD.length]!).violations.length;
  },
  'evaluate(parsed input), rules only': () => {
    sink += evaluate(input).violations.length;
  },
  'parsePrecheckInput(input), zod only': () => {
    sink += parsePrecheckInput(input).websites.length;
  },
};

function batch(fn: () => void, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / n / 1000; // µs per op
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const result0 = precheck(input);
if (!result0.ok)
  throw new Error(`the benchmark order should be clean: ${JSON.stringify(result0.violations)}`);

const N = 200;
const ROUNDS = 41;
for (const fn of Object.values(subjects)) batch(fn, 2000); // warm-up
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++)
  for (const [k, fn] of Object.entries(subjects)) samples[k]!.push(batch(fn, N));

const base = median(samples['JSON.parse + JSON.stringify (baseline)']!);
console.log(
  `precheck benchmark: a 10-website order (${text.length} bytes of JSON), ${ROUNDS} alternating rounds of ${N} runs`,
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
for (const [k, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${k.padEnd(42)} ${m.toFixed(1).padStart(8)} µs/op   ${(m / base).toFixed(2)}× baseline`);
}
const ratio = median(samples['precheck(input)']!) / base;
console.log(
  `\nprecheck / baseline = ${ratio.toFixed(2)}× (aim: ≤ 2×)${ratio <= 2 ? '' : '  ← above the aim'}`,
);
if (sink === 42) console.log('');
