/** The server-type catalog (seed 004 §5.1): the data agrees with the seed, and every condition fires and holds. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  checkServerEligibility,
  INELIGIBILITY_CODES,
  isServerTypeCode,
  quotaExhaustedMessage,
  remainingQuota,
  SERVER_TYPE_CODES,
  SERVER_TYPES,
  SERVICE_NUMBER_NEXT,
  SERVICE_NUMBER_STATES,
  type IneligibilityCode,
  type ServerFacts,
  type ServerTypeCode,
} from '../../src/codes/server-types.js';

const seedsDir = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const seed004 = readFileSync(
  seedsDir + readdirSync(seedsDir).find((f) => f.startsWith('004_'))!,
  'utf8',
).split('\n');
const seedLine = (citation: string): string => {
  const m = /^seed 004 §[\d.]+ line (\d+)$/.exec(citation);
  assert.ok(m, `citation format: ${citation}`);
  return seed004[Number(m[1]) - 1]!;
};

const AS_OF = '2026-11-23';

/** A server of `type` that meets every condition of its row. */
function good(type: ServerTypeCode): ServerFacts {
  return {
    typeCode: type,
    mainland: true,
    billing: 'prepaid',
    prepaidMonths: 12,
    firstPurchaseMonths: 12,
    expiresOn: '2027-11-22',
    publicBandwidthMbps: 5,
    orderAmountYuan: 199,
  };
}

const codes = (s: ServerFacts) => checkServerEligibility(s, SERVER_TYPES, AS_OF).map((r) => r.code);

describe('server-type catalog', () => {
  test('the nine types of the seed table, each with its zh name and quota on the cited line', () => {
    assert.equal(SERVER_TYPE_CODES.length, 9);
    const quotaText: Record<ServerTypeCode, RegExp> = {
      ecs: /每个实例最多可申请5个备案服务号/,
      virtual_host: /每个云虚拟主机最多可申请5个备案服务号/,
      simple_app_server: /每个实例最多可申请5个备案服务号/,
      web_hosting: /每个阿里云账号下的弹性Web托管.*一共可申请5个备案服务号/,
      nat_gateway: /每个NAT网关最多可申请2个备案服务号/,
      ipv6_translation: /每个IPv6转换服务最多可申请2个备案服务号/,
      ens: /每个ENS最多可申请5个备案服务号/,
      iot_package: /每个套餐包最多可申请1个备案服务号/,
      marketplace: /每个建站市场（云市场）产品最多可申请1个备案服务号/,
    };
    for (const code of SERVER_TYPE_CODES) {
      const t = SERVER_TYPES[code];
      assert.equal(t.code, code);
      assert.ok(isServerTypeCode(code));
      const row = seedLine(t.citations[0]!);
      const name = t.zh.replace(/实例$/, '').replace(/产品$/, '');
      assert.ok(row.startsWith(name), `${code}: line starts with ${name}: ${row.slice(0, 20)}`);
      assert.match(row, quotaText[code], code);
      // §1's copy of the row says the same
      assert.match(seedLine(t.citations[1]!), quotaText[code], `${code} §1`);
      if (t.minPrepaidMonths) assert.match(row, new RegExp(`包月${t.minPrepaidMonths}个月及以上`), code);
      assert.equal(
        t.mainlandRequired,
        row.includes('服务器位于阿里云中国内地（大陆）节点') || code === 'marketplace',
      );
      assert.equal(t.publicBandwidthRequired, row.includes('需购买公网带宽'), code);
      if (t.minOrderAmountYuan) assert.match(row, new RegExp(`金额${t.minOrderAmountYuan}元及以上`), code);
      if (t.minFirstPurchaseMonths)
        assert.match(row, new RegExp(`首次购买周期为${t.minFirstPurchaseMonths}个月及以上`), code);
      assert.equal(t.quota.per, code === 'web_hosting' ? 'account' : 'instance');
      for (const c of t.citations) assert.ok(seedLine(c).trim().length > 0, c);
    }
    assert.ok(!isServerTypeCode('oss'));
  });

  test('the remaining-time rule is the seed note on ECS and 弹性Web托管 only; 按量付费 is the ECS row', () => {
    assert.match(seedLine('seed 004 §1 line 146'), /ECS实例、弹性Web托管实例的包年包月剩余时长/);
    assert.match(seedLine('seed 004 §1 line 147'), /服务器续费不能增加备案服务号的申请数量/);
    assert.match(seedLine('seed 004 §5.1 line 401'), /按量付费实例无法申请备案服务号/);
    assert.match(seedLine('seed 004 §5.1 line 396'), /到期未及时续费/);
    assert.match(seedLine('seed 004 §5.1 line 404'), /2019年12月下线/);
    const withRemaining = SERVER_TYPE_CODES.filter((c) => SERVER_TYPES[c].minRemainingMonths !== undefined);
    assert.deepEqual(withRemaining, ['ecs', 'web_hosting']);
    assert.equal(SERVER_TYPES.web_hosting.offline?.eligible, true);
  });

  test('service-number states follow the seed and never go back', () => {
    assert.deepEqual(
      Object.values(SERVICE_NUMBER_STATES).map((s) => s.zh),
      ['已绑定', '备案中', '已备案', '已作废'],
    );
    for (const zh of ['已绑定', '备案中', '已备案'])
      assert.ok(
        seed004.slice(470, 473).some((l) => l.startsWith(zh)),
        zh,
      );
    const order = Object.keys(SERVICE_NUMBER_STATES);
    for (const [from, tos] of Object.entries(SERVICE_NUMBER_NEXT))
      for (const to of tos) assert.ok(order.indexOf(to) > order.indexOf(from), `${from} → ${to}`);
    assert.ok(!Object.values(SERVICE_NUMBER_NEXT).some((tos) => tos.includes('bound')));
  });
});

describe('checkServerEligibility', () => {
  test('holds: a server meeting its row has no reason, for every type', () => {
    for (const code of SERVER_TYPE_CODES) assert.deepEqual(codes(good(code)), [], code);
  });

  /** Each condition: a server that breaks only it gets exactly its reason. */
  const fires: [ServerTypeCode, Partial<ServerFacts>, IneligibilityCode][] = [
    ['ecs', { mainland: false }, 'not_mainland'],
    ['nat_gateway', { mainland: false }, 'not_mainland'],
    ['marketplace', { mainland: false }, 'not_mainland'],
    ['ecs', { billing: 'postpaid', prepaidMonths: null, expiresOn: null }, 'postpaid'],
    ['virtual_host', { billing: 'postpaid', prepaidMonths: null, expiresOn: null }, 'postpaid'],
    ['ecs', { prepaidMonths: 2 }, 'prepaid_too_short'],
    ['virtual_host', { prepaidMonths: 2 }, 'prepaid_too_short'],
    ['simple_app_server', { prepaidMonths: 1 }, 'prepaid_too_short'],
    ['web_hosting', { prepaidMonths: 5 }, 'prepaid_too_short'],
    ['nat_gateway', { prepaidMonths: 0 }, 'prepaid_too_short'],
    ['ipv6_translation', { prepaidMonths: 0 }, 'prepaid_too_short'],
    ['ens', { prepaidMonths: 2 }, 'prepaid_too_short'],
    ['iot_package', { prepaidMonths: 5 }, 'prepaid_too_short'],
    ['ecs', { expiresOn: '2027-02-22' }, 'remaining_too_short'],
    ['web_hosting', { expiresOn: '2027-05-22' }, 'remaining_too_short'],
    ['ecs', { expiresOn: '2026-11-22' }, 'expired'],
    ['virtual_host', { expiresOn: '2026-11-22' }, 'expired'],
    ['iot_package', { expiresOn: null }, 'expired'],
    ['ecs', { publicBandwidthMbps: 0 }, 'no_public_bandwidth'],
    ['iot_package', { orderAmountYuan: 89.99 }, 'order_amount_too_low'],
    ['marketplace', { orderAmountYuan: 98 }, 'order_amount_too_low'],
    ['marketplace', { orderAmountYuan: null }, 'order_amount_too_low'],
    ['marketplace', { firstPurchaseMonths: 11 }, 'first_purchase_too_short'],
  ];
  for (const [type, change, code] of fires)
    test(`fires: ${type} ${JSON.stringify(change)} → ${code}`, () => {
      const reasons = checkServerEligibility({ ...good(type), ...change }, SERVER_TYPES, AS_OF);
      assert.deepEqual(
        reasons.map((r) => r.code),
        [code],
      );
      const r = reasons[0]!;
      assert.match(r.message, /：请|：.*请/, 'says what to do');
      assert.match(r.message, /[\u4e00-\u9fff]/);
      assert.ok(r.citation.startsWith('seed 004'));
      assert.ok(seedLine(r.citation).length > 0);
    });

  test('holds at the edges: exactly the minimum is enough', () => {
    assert.deepEqual(codes({ ...good('ecs'), prepaidMonths: 3, expiresOn: '2027-02-23' }), []);
    assert.deepEqual(codes({ ...good('web_hosting'), prepaidMonths: 6, expiresOn: '2027-05-23' }), []);
    assert.deepEqual(codes({ ...good('nat_gateway'), prepaidMonths: 1, expiresOn: AS_OF }), []);
    assert.deepEqual(codes({ ...good('iot_package'), prepaidMonths: 6, orderAmountYuan: 90 }), []);
    assert.deepEqual(codes({ ...good('marketplace'), firstPurchaseMonths: 12, orderAmountYuan: 99 }), []);
    // a month-end start: 2026-11-30 + 3 months is 2027-02-28
    assert.deepEqual(
      checkServerEligibility({ ...good('ecs'), expiresOn: '2027-02-28' }, SERVER_TYPES, '2026-11-30'),
      [],
    );
    // only ECS and 弹性Web托管 need the remaining time; the others only need it not to have run out
    assert.deepEqual(codes({ ...good('virtual_host'), expiresOn: '2026-12-01' }), []);
    assert.deepEqual(codes({ ...good('ens'), expiresOn: '2026-12-01' }), []);
    // conditions a type does not have never fire
    assert.deepEqual(codes({ ...good('virtual_host'), publicBandwidthMbps: 0, orderAmountYuan: 0 }), []);
    assert.deepEqual(codes({ ...good('iot_package'), mainland: false }), []);
  });

  test('every reason at once, in the order of the seed conditions', () => {
    assert.deepEqual(codes({ ...good('ecs'), mainland: false, prepaidMonths: 1, publicBandwidthMbps: 0 }), [
      'not_mainland',
      'prepaid_too_short',
      'no_public_bandwidth',
    ]);
    assert.deepEqual(
      codes({
        ...good('ecs'),
        mainland: false,
        billing: 'postpaid',
        publicBandwidthMbps: 0,
        expiresOn: null,
      }),
      ['not_mainland', 'postpaid', 'no_public_bandwidth'],
    );
    assert.deepEqual(
      codes({ ...good('marketplace'), firstPurchaseMonths: 1, orderAmountYuan: 9, mainland: false }),
      ['not_mainland', 'first_purchase_too_short', 'order_amount_too_low'],
    );
  });

  test('the messages say what to do', () => {
    const [remaining] = checkServerEligibility(
      { ...good('ecs'), expiresOn: '2027-01-15' },
      SERVER_TYPES,
      AS_OF,
    );
    assert.equal(remaining!.message, '包年包月剩余时长不足3个月（2027-01-15到期）：请先续费。');
    const [postpaid] = checkServerEligibility({ ...good('ecs'), billing: 'postpaid' }, SERVER_TYPES, AS_OF);
    assert.match(postpaid!.message, /按量付费.*请转为包年包月（3个月及以上）/);
    assert.equal(postpaid!.field, 'billing');
    const [amount] = checkServerEligibility(
      { ...good('iot_package'), orderAmountYuan: 50.5 },
      SERVER_TYPES,
      AS_OF,
    );
    assert.match(amount!.message, /当前50\.50元/);
  });

  test('an unknown type is one reason; a catalog can be passed in', () => {
    assert.deepEqual(codes({ ...good('ecs'), typeCode: 'oss' }), ['unsupported_type']);
    const custom = { ...SERVER_TYPES, ecs: { ...SERVER_TYPES.ecs, publicBandwidthRequired: false } };
    assert.deepEqual(
      checkServerEligibility({ ...good('ecs'), publicBandwidthMbps: 0 }, custom, AS_OF).map((r) => r.code),
      [],
    );
    for (const c of Object.keys(INELIGIBILITY_CODES)) assert.match(c, /^[a-z_]+$/);
  });
});

describe('remainingQuota', () => {
  test('per instance: ECS 5, NAT and IPv6 2, IoT and marketplace 1', () => {
    const sizes: Record<ServerTypeCode, number> = {
      ecs: 5,
      virtual_host: 5,
      simple_app_server: 5,
      web_hosting: 5,
      nat_gateway: 2,
      ipv6_translation: 2,
      ens: 5,
      iot_package: 1,
      marketplace: 1,
    };
    for (const code of SERVER_TYPE_CODES) {
      assert.equal(remainingQuota(code, { onServer: 0, onAccountForType: 0 }, SERVER_TYPES), sizes[code]);
      assert.equal(remainingQuota(code, { onServer: sizes[code], onAccountForType: 99 }, SERVER_TYPES), 0);
    }
    assert.equal(remainingQuota('ecs', { onServer: 4, onAccountForType: 40 }, SERVER_TYPES), 1);
    assert.equal(remainingQuota('nat_gateway', { onServer: 1, onAccountForType: 1 }, SERVER_TYPES), 1);
    assert.equal(remainingQuota('ecs', { onServer: 7, onAccountForType: 7 }, SERVER_TYPES), 0);
  });

  test('弹性Web托管: 5 per account, whatever the instance', () => {
    assert.equal(remainingQuota('web_hosting', { onServer: 0, onAccountForType: 5 }, SERVER_TYPES), 0);
    assert.equal(remainingQuota('web_hosting', { onServer: 0, onAccountForType: 3 }, SERVER_TYPES), 2);
    assert.equal(remainingQuota('web_hosting', { onServer: 3, onAccountForType: 3 }, SERVER_TYPES), 2);
  });

  test('an unknown type has none; the exhausted message says what to do', () => {
    assert.equal(remainingQuota('oss', { onServer: 0, onAccountForType: 0 }, SERVER_TYPES), 0);
    assert.match(
      quotaExhaustedMessage('ecs', SERVER_TYPES),
      /每个ECS实例最多5个.*续费不能增加.*请另购服务器/,
    );
    assert.match(
      quotaExhaustedMessage('web_hosting', SERVER_TYPES),
      /每个账号下的弹性Web托管实例一共最多5个/,
    );
  });
});
