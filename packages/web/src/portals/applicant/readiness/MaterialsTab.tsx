/**
 * 备案所需资料 for my province and scenario (seed 004 §6, §7): the applicant describes the filing — type, pre-approvals,
 * who leads it, whose certificates, who holds the domains — and the core computes, in the browser, the materials the
 * precheck will ask with their reasons and citations (`scenarioMaterials`), what the province does not accept, and
 * the verification steps after submission.
 */
import {
  chinaDateOf,
  FILING_TYPES,
  MATERIALS,
  PRE_APPROVAL_TYPES,
  PROVINCES,
  scenarioMaterials,
  STEPS,
  type DomainHolderKind,
  type FilingType,
  type MaterialCode,
  type MaterialScenario,
  type PreApprovalType,
  type RequiredMaterial,
} from '@beian/core';
import {
  Alert,
  Col,
  Empty,
  Form,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Steps,
  Switch,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useT, useTerm } from '../../../i18n/locale.js';
import type { Situation } from './situation.js';

/** 基本资料 (seed 004 §1: must be provided); the rest are 辅助资料 the rules ask for. */
const BASIC: ReadonlySet<MaterialCode> = new Set([
  'unit_certificate',
  'subject_leader_id',
  'website_leader_id',
  'verification_form',
]);

type Knobs = {
  filingType: FilingType;
  preApprovals: PreApprovalType[];
  subjectLeaderIsLegalRep: boolean;
  websiteLeader: 'subject_leader' | 'other' | 'legal_rep';
  nonLocal: boolean;
  underage: boolean;
  domainHolder: DomainHolderKind;
  filedWebsites: number;
};

const INITIAL: Knobs = {
  filingType: 'first_filing',
  preApprovals: [],
  subjectLeaderIsLegalRep: true,
  websiteLeader: 'subject_leader',
  nonLocal: false,
  underage: false,
  domainHolder: 'subject',
  filedWebsites: 0,
};

function MaterialItem({ m, owner }: { m: RequiredMaterial; owner: string }) {
  const t = useT();
  const term = useTerm();
  return (
    <div className="readiness-material" data-material={m.code} role="listitem">
      <Space wrap size={6}>
        <Typography.Text strong>{term(MATERIALS[m.code])}</Typography.Text>
        <Typography.Text type="secondary">· {owner}</Typography.Text>
      </Space>
      <div>{m.reason}</div>
      {m.citation && (
        <span className="finding-citation">
          {t('依据', 'Source')}：{m.citation}
        </span>
      )}
    </div>
  );
}

export default function MaterialsTab({ situation }: { situation: Situation }) {
  const t = useT();
  const term = useTerm();
  const [k, setK] = useState<Knobs>(INITIAL);
  const { province, nature, websites } = situation;
  const unit = nature !== 'individual';

  const result = useMemo(() => {
    if (!province) return undefined;
    const s: MaterialScenario = {
      asOf: chinaDateOf(new Date().toISOString()),
      province,
      nature,
      websites,
      filingType: k.filingType,
      preApprovals: k.preApprovals,
      nonLocal: k.nonLocal,
      underage: k.underage,
      filedWebsites: k.filingType === 'first_filing' ? 0 : k.filedWebsites,
      websiteLeader: k.websiteLeader === 'legal_rep' && !unit ? 'subject_leader' : k.websiteLeader,
      ...(unit ? { subjectLeaderIsLegalRep: k.subjectLeaderIsLegalRep, domainHolder: k.domainHolder } : {}),
    };
    return scenarioMaterials(s);
  }, [province, nature, websites, k, unit]);

  if (!province)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(
          '请先在上方“我的情况”中选择主体所在的省份：各省管局要求的资料不同。',
          'Choose the province above first: each bureau asks for different materials.',
        )}
      />
    );

  const owner = (path: string | undefined) => {
    const m = path ? /^websites\[(\d+)\](?:\.domains\[(\d+)\])?/.exec(path) : null;
    if (!m) return t('主体', 'Subject');
    const site = t(`网站${Number(m[1]) + 1}`, `Website ${Number(m[1]) + 1}`);
    return m[2] === undefined ? site : t(`${site}的域名`, `${site}'s domain`);
  };
  const set =
    <K extends keyof Knobs>(key: K) =>
    (value: Knobs[K]) =>
      setK((prev) => ({ ...prev, [key]: value }));
  const basic = result!.materials.filter((m) => BASIC.has(m.code));
  const extra = result!.materials.filter((m) => !BASIC.has(m.code));

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={10}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('我的备案场景', 'My filing scenario')}
        </Typography.Title>
        <Form layout="vertical" component="div" data-testid="scenario-form">
          <Form.Item label={t('备案类型', 'Filing type')} htmlFor="scenario-filing-type">
            <Select<FilingType>
              id="scenario-filing-type"
              value={k.filingType}
              onChange={set('filingType')}
              options={(Object.keys(FILING_TYPES) as FilingType[]).map((c) => ({
                value: c,
                label: term(FILING_TYPES[c]),
              }))}
            />
          </Form.Item>
          {k.filingType !== 'first_filing' && (
            <Form.Item
              label={t('主体下已备案的网站数', 'Websites already filed under the subject')}
              htmlFor="scenario-filed"
              extra={t(
                '广东、重庆按主体下网站（域名）总数要求网站建设方案书。',
                'Guangdong and Chongqing count them for construction plans.',
              )}
            >
              <InputNumber
                id="scenario-filed"
                min={0}
                max={200}
                precision={0}
                value={k.filedWebsites}
                onChange={(v) => set('filedWebsites')(v ?? 0)}
              />
            </Form.Item>
          )}
          <Form.Item
            label={t('前置审批', 'Pre-approvals')}
            htmlFor="scenario-pre-approvals"
            extra={t(
              '网站涉及新闻、出版、药品和医疗器械等内容时，需先办理前置审批。',
              'News, publishing, drugs and similar content need a pre-approval first.',
            )}
          >
            <Select<PreApprovalType[]>
              id="scenario-pre-approvals"
              mode="multiple"
              allowClear
              placeholder={t('不涉及', 'None')}
              value={k.preApprovals}
              onChange={set('preApprovals')}
              options={(Object.keys(PRE_APPROVAL_TYPES) as PreApprovalType[]).map((c) => ({
                value: c,
                label: term(PRE_APPROVAL_TYPES[c]),
              }))}
            />
          </Form.Item>
          {unit && (
            <Form.Item
              label={t('主体负责人是法定代表人', 'The subject leader is the legal representative')}
              htmlFor="scenario-legal-rep"
            >
              <Switch
                id="scenario-legal-rep"
                checked={k.subjectLeaderIsLegalRep}
                onChange={set('subjectLeaderIsLegalRep')}
              />
            </Form.Item>
          )}
          <Form.Item label={t('网站负责人', 'Website leader')}>
            <Radio.Group
              value={k.websiteLeader === 'legal_rep' && !unit ? 'subject_leader' : k.websiteLeader}
              onChange={(e) => set('websiteLeader')(e.target.value as Knobs['websiteLeader'])}
              options={[
                {
                  value: 'subject_leader',
                  label: unit ? t('同主体负责人', 'The subject leader') : t('本人', 'Myself'),
                },
                { value: 'other', label: t('其他人', 'Someone else') },
                ...(unit && !k.subjectLeaderIsLegalRep
                  ? [{ value: 'legal_rep', label: t('法定代表人', 'The legal representative') }]
                  : []),
              ]}
            />
          </Form.Item>
          {unit && (
            <Form.Item label={t('域名持有者', 'Domain holder')} htmlFor="scenario-holder">
              <Select<DomainHolderKind>
                id="scenario-holder"
                value={k.domainHolder}
                onChange={set('domainHolder')}
                options={[
                  { value: 'subject', label: t('单位本身', 'The unit itself') },
                  { value: 'legal_rep', label: t('法定代表人', 'The legal representative') },
                  { value: 'shareholder', label: t('股东', 'A shareholder') },
                  { value: 'senior_manager', label: t('高级管理人员', 'A senior manager') },
                ]}
              />
            </Form.Item>
          )}
          <Space wrap size="large">
            <Form.Item
              label={
                unit
                  ? t('负责人身份证不是本省的', 'Leaders’ IDs from another province')
                  : t('身份证不是本省的', 'ID from another province')
              }
              htmlFor="scenario-non-local"
            >
              <Switch id="scenario-non-local" checked={k.nonLocal} onChange={set('nonLocal')} />
            </Form.Item>
            <Form.Item
              label={
                unit ? t('主体负责人未满18周岁', 'Subject leader under 18') : t('未满18周岁', 'Under 18')
              }
              htmlFor="scenario-underage"
            >
              <Switch id="scenario-underage" checked={k.underage} onChange={set('underage')} />
            </Form.Item>
          </Space>
        </Form>
      </Col>
      <Col xs={24} lg={14}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="materials-result">
          <Typography.Text type="secondary">
            {t(
              `${term(PROVINCES[province])} · ${nature === 'individual' ? '个人' : '单位'} · ${term(FILING_TYPES[k.filingType])} · ${websites}个网站`,
              `${term(PROVINCES[province])} · ${unit ? 'unit' : 'individual'} · ${term(FILING_TYPES[k.filingType])} · ${websites} website(s)`,
            )}
          </Typography.Text>
          {result!.blockers.length > 0 && (
            <Alert
              type="error"
              showIcon
              data-testid="scenario-blockers"
              title={t('按本省规则，这种情况不能备案：', 'The province does not accept this case:')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {result!.blockers.map((b, i) => (
                    <li key={`${b.code}-${i}`}>
                      {b.message}
                      {b.citation && (
                        <span className="finding-citation">
                          {t('依据', 'Source')}：{b.citation}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <div>
            <Typography.Title level={5}>
              {t(`基本资料（${basic.length}）`, `Basic materials (${basic.length})`)}
            </Typography.Title>
            <div role="list">
              {basic.map((m, i) => (
                <MaterialItem key={`${m.code}-${m.path ?? ''}-${i}`} m={m} owner={owner(m.path)} />
              ))}
            </div>
          </div>
          <div>
            <Typography.Title level={5}>
              {t(`辅助资料（${extra.length}）`, `Supporting materials (${extra.length})`)}
            </Typography.Title>
            {extra.length === 0 ? (
              <Typography.Text type="secondary">
                {t('这种情况不需要辅助资料。', 'No supporting material in this case.')}
              </Typography.Text>
            ) : (
              <div role="list">
                {extra.map((m, i) => (
                  <MaterialItem key={`${m.code}-${m.path ?? ''}-${i}`} m={m} owner={owner(m.path)} />
                ))}
              </div>
            )}
          </div>
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
            {t(
              '上传要求：原件彩色照片，JPG、JPEG、PNG、GIF 格式，每张 200KB~4MB，证件正反面比例一致且在有效期内。',
              'Colour photos of the originals, JPG/JPEG/PNG/GIF, 200 KB to 4 MB each, both sides alike, certificates in date.',
            )}
          </Typography.Paragraph>
          <div>
            <Typography.Title level={5}>{t('提交后的核验步骤', 'Steps after submission')}</Typography.Title>
            <Steps
              size="small"
              orientation="vertical"
              current={-1}
              items={result!.steps.map((s) => ({ title: term(STEPS[s]) }))}
            />
          </div>
        </Space>
      </Col>
    </Row>
  );
}
