/**
 * 托管服务器及接入检查 and 备案服务号 (seed 004 §5.1, §5.2): each of my servers line by line — mainland region, a
 * product type that gives service numbers and its purchase conditions, expiry, numbers used and left — with what to
 * do, then whether my free numbers cover the websites I plan. The servers' reasons are the server's (the core's
 * `checkServerEligibility`); the catalog is the core's.
 */
import { PlusOutlined } from '@ant-design/icons';
import {
  quotaExhaustedMessage,
  SERVER_TYPE_CODES,
  SERVER_TYPES,
  type IneligibilityCode,
  type ReadinessStatus,
  type ServerType,
} from '@beian/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../../api/api-error.js';
import { servers as serversApi } from '../../../api/endpoints.js';
import { keys, useAccessCodes, useMyServers } from '../../../api/queries.js';
import type { ServerView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import type { Situation } from './situation.js';
import { CheckRow } from './status.js';

type T = (zh: string, en: string) => string;

/** 购买要求 of a product type, as the seed's table gives them. */
export function purchaseRequirements(type: ServerType, t: T): string[] {
  const out: string[] = [];
  if (type.mainlandRequired) out.push(t('位于中国内地（大陆）节点', 'In a mainland region'));
  if (type.minPrepaidMonths !== undefined)
    out.push(
      t(`包月${type.minPrepaidMonths}个月及以上（含续费）`, `Prepaid ${type.minPrepaidMonths}+ months`),
    );
  if (type.minFirstPurchaseMonths !== undefined)
    out.push(
      t(
        `首次购买${type.minFirstPurchaseMonths}个月及以上`,
        `First purchase ${type.minFirstPurchaseMonths}+ months`,
      ),
    );
  if (type.publicBandwidthRequired) out.push(t('需购买公网带宽', 'Public bandwidth bought'));
  if (type.minOrderAmountYuan !== undefined)
    out.push(t(`订单金额${type.minOrderAmountYuan}元及以上`, `Order of ${type.minOrderAmountYuan}+ yuan`));
  return out;
}

const quotaText = (type: ServerType, t: T) =>
  type.quota.per === 'account'
    ? t(`每个账号共${type.quota.size}个`, `${type.quota.size} per account`)
    : t(`每个实例最多${type.quota.size}个`, `${type.quota.size} per instance`);

const PURCHASE: readonly IneligibilityCode[] = [
  'postpaid',
  'prepaid_too_short',
  'first_purchase_too_short',
  'no_public_bandwidth',
  'order_amount_too_low',
];
const EXPIRY: readonly IneligibilityCode[] = ['expired', 'remaining_too_short'];

function ServerCard({ s, freeNumbers }: { s: ServerView; freeNumbers: string[] }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const type = SERVER_TYPES[s.typeCode as keyof typeof SERVER_TYPES] as ServerType | undefined;
  const reasons = (codes: readonly IneligibilityCode[]) => s.reasons.filter((r) => codes.includes(r.code));
  const apply = useMutation({
    mutationFn: () => serversApi.applyServiceNumber(s.id),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: keys.servers });
      void queryClient.invalidateQueries({ queryKey: keys.accessCodes });
      void message.success(
        t(`已申请备案服务号 ${r.serviceNumber}`, `Service number ${r.serviceNumber} issued`),
      );
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const rows: { key: string; status: ReadinessStatus; label: string; text: string; citation?: string }[] = [];
  const notMainland = reasons(['not_mainland'])[0];
  rows.push(
    notMainland
      ? {
          key: 'region',
          status: 'fail',
          label: t('服务器地域', 'Region'),
          text: notMainland.message,
          citation: notMainland.citation,
        }
      : {
          key: 'region',
          status: s.mainland ? 'pass' : 'info',
          label: t('服务器地域', 'Region'),
          text: s.mainland
            ? t(`${s.region}：位于中国内地（大陆）节点。`, `${s.region}: a mainland region.`)
            : t(
                `${s.region}：不在中国内地节点，该产品类型不要求内地节点。`,
                `${s.region}: not mainland; this type does not require it.`,
              ),
        },
  );
  const unsupported = reasons(['unsupported_type'])[0];
  rows.push(
    unsupported || !type
      ? {
          key: 'type',
          status: 'fail',
          label: t('服务器类型', 'Product type'),
          text:
            unsupported?.message ??
            t('该产品类型不能提供备案服务号。', 'This product gives no service numbers.'),
          ...(unsupported ? { citation: unsupported.citation } : {}),
        }
      : {
          key: 'type',
          status: 'pass',
          label: t('服务器类型', 'Product type'),
          text: t(
            `${s.typeName}支持备案，备案服务号${quotaText(type, t)}。`,
            `${s.typeName} gives service numbers: ${quotaText(type, t)}.`,
          ),
          citation: type.citations[0]!,
        },
  );
  if (type) {
    const bad = reasons(PURCHASE);
    if (bad.length)
      for (const r of bad)
        rows.push({
          key: r.code,
          status: 'fail',
          label: t('购买要求', 'Purchase'),
          text: r.message,
          citation: r.citation,
        });
    else {
      const now = [
        s.billing === 'prepaid'
          ? t(`包年包月，累计${s.prepaidMonths ?? 0}个月`, `prepaid, ${s.prepaidMonths ?? 0} months`)
          : t('按量付费', 'pay-as-you-go'),
        ...(s.publicBandwidthMbps > 0
          ? [t(`公网带宽${s.publicBandwidthMbps}Mbps`, `${s.publicBandwidthMbps} Mbps`)]
          : []),
        ...(s.orderAmountYuan !== null
          ? [t(`订单金额${s.orderAmountYuan}元`, `order ${s.orderAmountYuan} yuan`)]
          : []),
      ];
      rows.push({
        key: 'purchase',
        status: 'pass',
        label: t('购买要求', 'Purchase'),
        text: t(
          `满足：${purchaseRequirements(type, t).join('，')}（当前：${now.join('，')}）。`,
          `Met: ${purchaseRequirements(type, t).join(', ')} (now: ${now.join(', ')}).`,
        ),
        citation: type.citations[0]!,
      });
    }
    const expiry = reasons(EXPIRY);
    if (expiry.length)
      for (const r of expiry)
        rows.push({
          key: r.code,
          status: 'fail',
          label: t('到期时间', 'Expiry'),
          text: r.message,
          citation: r.citation,
        });
    else if (s.expiresOn)
      rows.push({
        key: 'expiry',
        status: 'pass',
        label: t('到期时间', 'Expiry'),
        text: t(
          `${s.expiresOn} 到期。到期未续费会导致网站无法访问，可能被认定为空壳网站。`,
          `Expires ${s.expiresOn}. Renew in time: an expired server makes the site unreachable.`,
        ),
      });
  }
  const free = freeNumbers.length;
  rows.push({
    key: 'numbers',
    status: !s.eligible ? 'fail' : s.quota.remaining > 0 || free > 0 ? 'pass' : 'warn',
    label: t('备案服务号', 'Service numbers'),
    text: !s.eligible
      ? t(
          '该服务器不满足备案要求，暂不能申请备案服务号：请先按上面的说明处理。',
          'It cannot give service numbers until the items above are fixed.',
        )
      : s.quota.remaining === 0 && free === 0
        ? quotaExhaustedMessage(s.typeCode, SERVER_TYPES)
        : t(
            `已申请${s.quota.used}个，还可申请${s.quota.remaining}个（共${s.quota.size}个）；未使用的备案服务号${free}个${free ? `：${freeNumbers.join('、')}` : ''}。`,
            `${s.quota.used} issued, ${s.quota.remaining} more possible (of ${s.quota.size}); ${free} unused${free ? `: ${freeNumbers.join(', ')}` : ''}.`,
          ),
    ...(type ? { citation: 'seed 004 §5.2 申请备案服务号' } : {}),
  });

  return (
    <Card
      size="small"
      data-testid={`server-${s.instanceName}`}
      title={
        <Space wrap size={6}>
          <span>{s.instanceName}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {s.typeName} · {s.region}
          </Typography.Text>
          {s.eligible ? (
            <Tag color="success">{t('满足备案要求', 'Qualifies')}</Tag>
          ) : (
            <Tag color="error">{t('不满足备案要求', 'Does not qualify')}</Tag>
          )}
        </Space>
      }
      extra={
        s.eligible && s.quota.remaining > 0 ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            loading={apply.isPending}
            onClick={() => apply.mutate()}
          >
            {t('申请备案服务号', 'Apply for a number')}
          </Button>
        ) : null
      }
    >
      <div className="readiness-list">
        {rows.map((r) => (
          <CheckRow key={r.key} status={r.status} label={r.label} citation={r.citation}>
            {r.text}
          </CheckRow>
        ))}
      </div>
    </Card>
  );
}

function Catalog() {
  const t = useT();
  const term = useTerm();
  return (
    <Table<ServerType>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={SERVER_TYPE_CODES.map((c) => SERVER_TYPES[c])}
      scroll={{ x: 560 }}
      columns={[
        { title: t('服务器类型', 'Product type'), key: 'name', render: (_, s) => term(s) },
        {
          title: t('购买要求', 'Purchase conditions'),
          key: 'req',
          render: (_, s) => purchaseRequirements(s, t).join('；') || '—',
        },
        { title: t('备案服务号数量', 'Service numbers'), key: 'quota', render: (_, s) => quotaText(s, t) },
      ]}
    />
  );
}

export default function ServerCheckTab({ situation }: { situation: Situation }) {
  const t = useT();
  const servers = useMyServers();
  const codes = useAccessCodes();
  if (servers.isPending || codes.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (servers.isError || codes.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('服务器加载失败', 'Could not load your servers')}
        description={errorMessage(servers.error ?? codes.error)}
        action={
          <Button
            onClick={() => {
              void servers.refetch();
              void codes.refetch();
            }}
          >
            {t('重试', 'Retry')}
          </Button>
        }
      />
    );

  const bound = [...codes.data.serviceNumbers, ...codes.data.authorizationCodes].filter(
    (n) => n.state === 'bound',
  );
  // a per-account quota (弹性Web托管) is the same slots on every server of the type: count it once
  const countedTypes = new Set<string>();
  let applicable = 0;
  for (const s of servers.data) {
    if (!s.eligible) continue;
    if (s.quota.per === 'account') {
      if (countedTypes.has(s.typeCode)) continue;
      countedTypes.add(s.typeCode);
    }
    applicable += s.quota.remaining;
  }
  const need = situation.websites;
  const free = bound.length;
  const summary =
    free >= need
      ? {
          type: 'success' as const,
          text: t(
            `您有 ${free} 个未使用的备案服务号（或授权码），足够备案计划的 ${need} 个网站（每个网站需要一个）。`,
            `${free} unused service numbers: enough for the ${need} website(s) you plan (one each).`,
          ),
        }
      : free + applicable >= need
        ? {
            type: 'info' as const,
            text: t(
              `您有 ${free} 个未使用的备案服务号，计划备案 ${need} 个网站：还需在符合要求的服务器上再申请 ${need - free} 个（还可申请 ${applicable} 个）。`,
              `${free} unused numbers for ${need} website(s): apply for ${need - free} more on a qualifying server (${applicable} possible).`,
            ),
          }
        : {
            type: 'warning' as const,
            text: t(
              `备案服务号不足：计划备案 ${need} 个网站，未使用的 ${free} 个加上还可申请的 ${applicable} 个仍差 ${need - free - applicable} 个。请另购支持备案的中国内地服务器（见下表），或请购买服务器的账号为您申请备案服务号后在备案时填写。`,
              `Not enough service numbers for ${need} website(s): ${need - free - applicable} short. Buy a qualifying mainland server (below), or ask the account that holds a server to apply for numbers for you.`,
            ),
          };
  const byServer = (id: string) => bound.filter((n) => n.serverId === id).map((n) => n.value);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type={summary.type} showIcon title={summary.text} data-testid="numbers-summary" />
      {servers.data.length === 0 ? (
        <Card size="small">
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t(
              '您的账号下还没有服务器。网站须托管在本平台中国内地（大陆）节点的服务器上才能在本平台备案：请购买下表中支持备案的服务器；服务器在其他账号下的，请该账号申请备案服务号后交给您。',
              'No server in your account. Buy a qualifying mainland server (below); if the server is in another account, ask it to apply for a service number for you.',
            )}
          />
        </Card>
      ) : (
        servers.data.map((s) => <ServerCard key={s.id} s={s} freeNumbers={byServer(s.id)} />)
      )}
      <Card size="small" title={t('支持备案的服务器及备案服务号数量', 'Products that give service numbers')}>
        <Catalog />
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
          {t(
            '每个服务器可申请的备案服务号数量固定，续费不能增加；一个备案服务号只能用于一个网站，备案后即为已使用。',
            'A server’s number of service numbers is fixed and renewal adds none; each number serves one website, once.',
          )}
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}
