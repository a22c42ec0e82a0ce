/**
 * The keystroke loop of bench/web.bench.ts, shared by Node and Chromium (bundled by esbuild for the page): a
 * 10-website order typed character by character — the subject's two addresses, then every website's name and
 * domain — with the wizard's own `liveCheck` (and `setIn`) run on the order after every keystroke. Takes its
 * functions as arguments so that tsc -p bench never follows the web app's sources.
 */
import type { OrderData } from '@beian/server/dist/usecases/orders/order-data.js';

export type TypingApi = {
  liveCheck: (data: OrderData, asOf?: string) => unknown;
  precheck: (input: unknown) => unknown;
  setIn: <T>(root: T, path: string, value: unknown) => T;
};

const ASOF = '2026-11-23';
const ZH = '广东省';

/** The order of bench/precheck.bench.ts as the wizard holds it (OrderData: no asOf, no WHOIS facts). */
export function order(pass: number): OrderData {
  const name = `${ZH}星河信息科技有限公司`;
  const leader = {
    name: '李建国',
    region: 'mainland',
    certificateType: 'resident_id',
    certificateNumber: '44010319860415416X',
    certificateValidUntil: '2036-05-01',
    mobile: '13904160416',
    mobileProvince: 'GD',
    email: 'lijianguo@example.cn',
    isLegalRepresentative: true,
  };
  return {
    subject: {
      nature: 'enterprise',
      province: 'GD',
      name,
      certificate: {
        type: 'business_license',
        number: '91440103MA0AB12CXA',
        address: `${ZH}人民路88号`,
        addressProvince: 'GD',
      },
      mailingAddress: { province: 'GD', text: `${ZH}人民路88号5层` },
      investor: '李建国',
      businessScope: '软件开发；信息技术咨询服务',
      leader,
      legalRepresentative: { name: '李建国', region: 'mainland' },
    },
    websites: Array.from({ length: 10 }, (_, i) => ({
      name: `星河科技产品${'一二三四五六七八九十'[i]}号站`,
      // new domains on every pass, as a user typing them would make (the domain-analysis memo stays cold)
      domains: [`p${pass}-xinghe-product${i}.com`],
      homepage: `https://www.p${pass}-xinghe-product${i}.com`,
      serviceContent: 'general',
      leader: i % 2 === 0 ? 'subject_leader' : { ...leader, name: '赵明', isLegalRepresentative: false },
      access: { serviceNumber: '' },
    })),
  } as OrderData;
}

/** The fields typed, in order, with the text each ends up holding. */
export function typedFields(full: OrderData): [string, string][] {
  return [
    ['subject.certificate.address', full.subject.certificate.address],
    ['subject.mailingAddress.text', full.subject.mailingAddress.text],
    ...full.websites.flatMap((w, i): [string, string][] => [
      [`websites[${i}].name`, w.name],
      [`websites[${i}].domains[0]`, w.domains[0]!],
    ]),
  ];
}

/**
 * One pass: blank the typed fields, then type them; returns the ms of `liveCheck` (what the wizard runs per
 * change) and of the bare core `precheck` on the same order, per keystroke.
 */
export function typingPass(api: TypingApi, pass: number): { live: number[]; core: number[] } {
  const full = order(pass);
  const fields = typedFields(full);
  let data = full;
  for (const [path] of fields) data = api.setIn(data, path, '');
  const live: number[] = [];
  const core: number[] = [];
  for (const [path, text] of fields) {
    for (const ch of Array.from(text).keys()) {
      data = api.setIn(
        data,
        path,
        Array.from(text)
          .slice(0, ch + 1)
          .join(''),
      );
      let t0 = performance.now();
      api.liveCheck(data, ASOF);
      live.push(performance.now() - t0);
      t0 = performance.now();
      try {
        api.precheck({ asOf: ASOF, ...data });
      } catch {
        // a half-typed field the schema refuses: liveCheck reports it as a shape issue
      }
      core.push(performance.now() - t0);
    }
  }
  return { live, core };
}
