/**
 * 变更 / 注销 / 取消接入: an after-filing order from the filed record — 填写变更内容 (or 选择网站, 确认注销) → 上传资料 →
 * 提交. A change edits the record as filed in the wizard's own fields; the core's after-filing check (the code
 * the server runs) runs here on every change and puts each finding beside its field; what changes shows before →
 * after; the declarations (单位名称变更前后是否有关联) and the acknowledgement of the 空壳 / irreversible warnings are
 * asked where they apply. The order is saved to the server as it is edited and submitted through the filing
 * order endpoints.
 */
import { AFTER_FILING_KINDS, isEditable, STEPS, type OrderState } from '@beian/core';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Grid,
  Radio,
  Result,
  Space,
  Steps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CheckCircleOutlined, CloudSyncOutlined, WarningOutlined } from '@ant-design/icons';
import { useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import { orders } from '../../../api/endpoints.js';
import { keys, useFiledRecord, useMyOrders, useOrder } from '../../../api/queries.js';
import type { FiledRecordView, OrderData, OrderView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { PageLoading } from '../../../shell/Suspended.js';
import { formatChinaTime } from '../components/due-time.js';
import { AccessField } from '../wizard/AccessField.js';
import { setIn, syncIndividual } from '../wizard/draft.js';
import { DraftContext, type DraftApi } from '../wizard/draft-context.js';
import { Field, GroupFindings } from '../wizard/Field.js';
import { fieldId, indexFindings, type Finding } from '../wizard/findings.js';
import { FindingList } from '../wizard/FindingList.js';
import { MaterialsStep } from '../wizard/MaterialsStep.js';
import { SubjectStep } from '../wizard/SubjectStep.js';
import { WebsiteCard } from '../wizard/WebsiteCard.js';
import { AfterFilingChanges } from './ChangesCard.js';
import { useOrderInProgress } from './FiledActions.js';
import { ACKNOWLEDGE } from '../../../shared/after-filing.js';
import {
  draftOfOrder,
  isCancel,
  isKind,
  liveAfterFiling,
  newDraft,
  picksTargets,
  toFiledRecord,
  type AfterFilingDraft,
} from './model.js';
import { useAfterFilingDraft, type DraftSave } from './use-after-filing-draft.js';

const REJECTED = new Set(['initial_rejected', 'bureau_rejected', 'returned']);

export default function AfterFilingPage() {
  const { orderId } = useParams();
  const [params] = useSearchParams();
  const t = useT();
  const record = useFiledRecord();
  const order = useOrder(orderId);
  const mine = useMyOrders();
  // another order in progress blocks a new one: judged once, when the page opens (the draft this page creates
  // is in progress too, and must not block itself)
  const current = useOrderInProgress();
  const blocker = useRef<OrderView | null | undefined>(undefined);
  if (blocker.current === undefined && !mine.isPending) blocker.current = current ?? null;
  const inProgress = blocker.current ?? undefined;
  const retry = (
    <Button
      onClick={() => {
        void record.refetch();
        if (orderId) void order.refetch();
      }}
    >
      {t('重试', 'Retry')}
    </Button>
  );
  if (record.isPending || (orderId && order.isPending) || (!orderId && mine.isPending))
    return <PageLoading tip={t('正在载入备案信息…', 'Loading your filing…')} />;
  if (record.isError || (orderId && order.isError))
    return (
      <Result
        status="warning"
        title={t('载入失败', 'Could not load')}
        subTitle={errorMessage(record.error ?? order.error)}
        extra={retry}
      />
    );
  if (!record.data)
    return (
      <Stop
        status="info"
        title={t('还没有已备案的主体', 'Nothing filed yet')}
        text={t(
          '备案成功后，才能办理变更、注销或取消接入。',
          'Changes and cancellations start from an approved filing.',
        )}
        back={['/', t('返回我的备案', 'My filings')]}
      />
    );
  const server = order.data;
  if (server) {
    if (!server.afterFiling) return <Navigate to={`/orders/${server.id}/edit`} replace />;
    if (!isEditable(server.state as OrderState)) return <Navigate to={`/orders/${server.id}`} replace />;
  }
  const kind = server?.kind ?? params.get('kind');
  if (!isKind(kind))
    return (
      <Stop
        status="404"
        title={t('没有这种业务', 'No such kind of order')}
        text={t(
          '请从“备案号”页面选择要办理的变更、注销或取消接入。',
          'Choose a change or cancellation on the ICP numbers page.',
        )}
        back={['/filings', t('返回备案号', 'ICP numbers')]}
      />
    );
  if (!server && inProgress)
    return (
      <Result
        status="warning"
        title={t('已有一个进行中的订单', 'An order is in progress')}
        subTitle={t(
          `每个账号同时只能办理一个订单：请先办理完成或放弃该订单（${inProgress.stateZh}），再办理${AFTER_FILING_KINDS[kind].zh}。`,
          'One order at a time: finish or abandon it first.',
        )}
        extra={
          <Space wrap style={{ justifyContent: 'center' }}>
            <Link to={`/orders/${inProgress.id}`}>
              <Button type="primary">{t('查看进行中的订单', 'Open it')}</Button>
            </Link>
            <Link to="/filings">
              <Button>{t('返回备案号', 'ICP numbers')}</Button>
            </Link>
          </Space>
        }
      />
    );
  const initial = server ? draftOfOrder(server) : newDraft(record.data, kind, params.get('icp') ?? undefined);
  if (!initial) return <Navigate to="/" replace />;
  // one editor per kind: creating the order changes the address but keeps what is being typed
  return <Editor key={kind} record={record.data} initial={initial} order={server} />;
}

/** A page that cannot go on, with the way back. */
function Stop(props: { status: 'info' | '404'; title: string; text: string; back: [string, string] }) {
  return (
    <Result
      status={props.status}
      title={props.title}
      subTitle={props.text}
      extra={
        <Link to={props.back[0]}>
          <Button type="primary">{props.back[1]}</Button>
        </Link>
      }
    />
  );
}

const INTRO: Record<AfterFilingDraft['kind'], [string, string]> = {
  change_subject: [
    '修改主体的备案信息（如单位名称、通信地址、负责人）。主体备案号不变；主体所属省份不能变更，迁往其他省份须注销后重新备案。',
    'Change the subject’s details (name, address, leader). The number stays; the province cannot change.',
  ],
  change_website: [
    '修改网站的备案信息（如网站名称、服务内容、负责人）。网站备案号和域名不变：新域名请以“新增网站”办理；更换服务器请办理“变更接入”。',
    'Change a website’s details. Its number and domain stay: a new domain is a new website; a new server is a change of access.',
  ],
  change_access: [
    '网站换到本平台的另一台服务器时，填写新服务器的备案服务号。网站的其他信息请办理“变更网站”。',
    'Moving the website to another server here: give the new server’s service number.',
  ],
  cancel_subject: [
    '注销主体备案号及其下全部网站备案号，之后这些网站不能在境内开通访问。如网站只是换服务商，请不要注销，应在新服务商办理接入备案。',
    'Cancels the subject’s number and every website number under it. Moving providers is not a reason to cancel.',
  ],
  cancel_website: [
    '注销选中网站的备案号：网站将不能在境内开通访问。如网站只是换服务商，请不要注销，应在新服务商办理接入备案。',
    'Cancels the chosen websites’ numbers: they may no longer be served in mainland China.',
  ],
  cancel_access: [
    '网站不再使用本平台的服务器时，取消本平台的接入。备案号保留，但网站须已在其他服务商接入，否则会成为空壳网站被注销备案号。',
    'Ends access through this platform; the number stays if another provider accesses the website.',
  ],
};

function firstStepTitle(kind: AfterFilingDraft['kind']): [string, string] {
  if (picksTargets(kind)) return ['选择网站', 'Websites'];
  if (kind === 'cancel_subject') return ['确认注销', 'Confirm'];
  return ['填写变更内容', 'Changes'];
}

function Editor(props: { record: FiledRecordView; initial: AfterFilingDraft; order: OrderView | undefined }) {
  const t = useT();
  const term = useTerm();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const step = Math.min(Math.max(Number(params.get('step') ?? 0) || 0, 0), 2);
  const filed = useMemo(() => toFiledRecord(props.record), [props.record]);
  const stepNow = useRef(step);
  stepNow.current = step;
  const draftState = useAfterFilingDraft({
    initial: props.initial,
    order: props.order,
    onCreated: (o) => void navigate(`/after-filing/${o.id}?step=${stepNow.current}`, { replace: true }),
  });
  const { draft, order, status } = draftState;
  const kind = draft.kind;
  const [attempted, setAttempted] = useState(false);
  const [submitErrors, setSubmitErrors] = useState<{ draft: AfterFilingDraft; list: Finding[] }>();
  const [submitting, setSubmitting] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  const deferred = useDeferredValue(draft);
  const check = useMemo(() => liveAfterFiling(filed, deferred), [filed, deferred]);
  const result = check.result;
  const rejected = !!order && REJECTED.has(order.state);

  const findings = useMemo(() => {
    const live: Finding[] = (result?.violations ?? [])
      // shown elsewhere: the warnings with the acknowledgement, 没有修改 with the changes; the domains' WHOIS
      // facts are the server's to know (below)
      .filter(
        (v) =>
          !ACKNOWLEDGE.has(v.code) && v.code !== 'CHANGE_NOTHING' && v.code !== 'DOMAIN_FACTS_UNAVAILABLE',
      )
      .filter((v) => attempted || v.code !== 'ACKNOWLEDGEMENT_REQUIRED')
      .map((v) => ({
        source: 'live',
        severity: v.severity,
        path: v.path,
        message: v.message,
        code: v.code,
        ...(v.citation ? { citation: v.citation } : {}),
      }));
    const saved = order?.precheck as { violations?: Finding[] } | null | undefined;
    // what only the server knows: the domains' WHOIS facts
    const server = (saved?.violations ?? [])
      .filter((v) => v.code?.startsWith('DOMAIN_'))
      .map((v): Finding => ({ ...v, source: 'server' }));
    const saveError: Finding[] =
      status.kind === 'failed' && status.error.path
        ? [{ source: 'server', severity: 'error', path: status.error.path, message: status.error.message }]
        : [];
    return indexFindings({
      shape: check.shape,
      live: undefined,
      server: [],
      extra: [...saveError, ...(submitErrors?.draft === draft ? submitErrors.list : []), ...live, ...server],
      reasons: rejected ? (order?.reasons ?? []) : [],
    });
  }, [result, attempted, order, status, check.shape, submitErrors, draft, rejected]);

  const change = draftState.change;
  const filedName = props.record.subject.name;
  const api: DraftApi = useMemo(
    () => ({
      data: draft.data,
      set: (path, value) => {
        const data = syncIndividual(setIn(draft.data, path, value));
        const declarations = { ...draft.declarations };
        // the question about a new name goes with the name: asked again if it changes again
        if (kind === 'change_subject' && data.subject.name === filedName)
          delete declarations.nameChangeRelated;
        change({ ...draft, data, declarations });
      },
      update: (fn) => change({ ...draft, data: fn(draft.data) }),
      findings,
      readOnly: false,
    }),
    [draft, findings, change, kind, filedName],
  );

  const blocking = (f: Finding) => f.severity === 'error' && f.source !== 'reason';
  const allErrors = [
    ...findings.all.filter(blocking),
    ...(result?.violations ?? [])
      .filter((v) => v.code === 'CHANGE_NOTHING' || (!attempted && v.code === 'ACKNOWLEDGEMENT_REQUIRED'))
      .map((v): Finding => ({
        source: 'live',
        severity: 'error',
        path: v.path,
        message: v.message,
        code: v.code,
      })),
  ];
  const ackWarnings = (result?.violations ?? []).filter((v) => ACKNOWLEDGE.has(v.code));
  const before: OrderData = {
    subject: props.record.subject,
    websites: (result?.websiteNumbers ?? []).map(
      (n) => filed.websites.find((w) => w.icpNumber === n)!.website,
    ),
  };
  const kindName = term(AFTER_FILING_KINDS[kind]);
  const titles = [firstStepTitle(kind), ['上传资料', 'Materials'], ['提交', 'Submit']] as const;

  const goTo = async (s: number) => {
    if (s > step) setAttempted(true);
    if (s > 0 && !order) {
      // materials and submission need the order on the server
      const saved = await draftState.flush();
      if (saved.kind === 'failed' || saved.kind === 'incomplete') return;
    } else void draftState.flush();
    // the order's own address once it is on the server (creating it may just have moved the page there)
    const id = draftState.current()?.id;
    if (id) void navigate(`/after-filing/${id}?step=${s}`, { replace: true });
    else setParams((p) => ({ ...Object.fromEntries(p), step: String(s) }), { replace: true });
    window.scrollTo({ top: 0 });
  };

  const submit = async () => {
    setAttempted(true);
    setSubmitting(true);
    setSubmitErrors(undefined);
    try {
      const s = await draftState.flush();
      const current = draftState.current();
      if (s.kind !== 'saved' || !current) {
        void message.error(
          s.kind === 'failed'
            ? s.error.message
            : t('订单尚未保存到服务器：请把信息填写完整后再提交。', 'The order is not saved yet.'),
        );
        return;
      }
      const submitted = await orders.submit(current.id, current.version);
      queryClient.setQueryData(keys.order(submitted.id), submitted);
      void queryClient.invalidateQueries({ queryKey: keys.orders });
      void message.success(
        t(`已提交${kindName}，等待初审：请保持电话畅通。`, 'Submitted for initial review.'),
      );
      void navigate(`/orders/${submitted.id}`);
    } catch (e) {
      if (e instanceof ApiError && (e.violations.length || e.path))
        setSubmitErrors({
          draft,
          list: e.violations.length
            ? e.violations.map((v) => ({
                source: 'server' as const,
                severity: v.severity,
                path: v.path,
                message: v.message,
                code: v.code,
              }))
            : [{ source: 'server', severity: 'error', path: e.path!, message: e.message }],
        });
      void message.error(errorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <DraftContext.Provider value={api}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Space wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {kindName}
            </Typography.Title>
            <Tag>
              {t('主体备案号', 'Subject number')} {props.record.icpNumber}
            </Tag>
          </Space>
          <SaveBadge status={status} />
        </Flex>
        {rejected && order && order.reasons.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t(
              '订单被驳回：请按各字段旁的驳回原因修改后重新提交',
              'The order was rejected: fix each field as its reason says, then resubmit',
            )}
          />
        )}
        {status.kind === 'failed' && !status.error.path && (
          <Alert
            type="error"
            showIcon
            title={status.error.message}
            action={
              status.error.code === 'CONFLICT' ? (
                <Button size="small" onClick={() => window.location.reload()}>
                  {t('载入最新版本', 'Load the latest')}
                </Button>
              ) : undefined
            }
          />
        )}
        <Card>
          <Steps
            current={step}
            onChange={(s) => void goTo(s)}
            orientation={screens.md ? 'horizontal' : 'vertical'}
            size={screens.md ? 'default' : 'small'}
            items={titles.map(([zh, en]) => ({ title: t(zh, en) }))}
          />
        </Card>

        {step === 0 && (
          <>
            <Alert type="info" showIcon title={t(...INTRO[kind])} />
            <Form layout="vertical" component="div">
              <FirstStep draft={draft} record={props.record} onChange={change} />
            </Form>
            {kind === 'change_subject' && (
              <NameChangeQuestion draft={draft} record={props.record} onChange={change} />
            )}
            {!isCancel(kind) && result && (
              <AfterFilingChanges
                kind={kind}
                subjectIcpNumber={props.record.icpNumber}
                websiteNumbers={result.websiteNumbers}
                before={before}
                after={result.data}
                changedPaths={result.changedPaths}
              />
            )}
            <Acknowledgement warnings={ackWarnings} draft={draft} onChange={change} />
          </>
        )}
        {step === 1 &&
          (isCancel(kind) && (result?.requiredMaterials.length ?? 0) === 0 ? (
            <Card>
              <Result
                status="info"
                title={t('本次办理无需上传资料', 'Nothing to upload')}
                subTitle={t(
                  '注销和取消接入由审核员致电核实；需要短信核验的省份，管局会向负责人发送核验短信。',
                  'A reviewer calls to confirm; where the bureau verifies by SMS, the leader gets a code.',
                )}
              />
            </Card>
          ) : (
            <MaterialsStep
              orderId={order?.id}
              data={result?.data ?? draft.data}
              required={result?.requiredMaterials ?? []}
              dirty={status.kind !== 'saved'}
            />
          ))}
        {step === 2 && (
          <SubmitPart
            kindName={kindName}
            errors={allErrors}
            steps={result?.steps ?? []}
            confirmed={confirmed}
            onConfirm={setConfirmed}
          >
            {result && (
              <AfterFilingChanges
                kind={kind}
                subjectIcpNumber={props.record.icpNumber}
                websiteNumbers={result.websiteNumbers}
                before={before}
                after={result.data}
                changedPaths={result.changedPaths}
                warnings={ackWarnings}
              />
            )}
          </SubmitPart>
        )}

        <div className="wizard-actions">
          <Button disabled={step === 0} onClick={() => void goTo(step - 1)}>
            {t('上一步', 'Back')}
          </Button>
          <Typography.Text type="secondary" className="hide-on-phone" style={{ fontSize: 12 }}>
            {t(`检查用时 ${check.ms.toFixed(1)} 毫秒`, `Checked in ${check.ms.toFixed(1)} ms`)}
          </Typography.Text>
          {step < 2 ? (
            <Button type="primary" onClick={() => void goTo(step + 1)}>
              {t(`下一步：${titles[step + 1]![0]}`, `Next: ${titles[step + 1]![1]}`)}
            </Button>
          ) : (
            <Button
              type="primary"
              danger={isCancel(kind)}
              loading={submitting}
              disabled={!confirmed}
              onClick={() => void submit()}
            >
              {t(`提交${kindName}`, `Submit: ${kindName}`)}
            </Button>
          )}
        </div>
      </Space>
    </DraftContext.Provider>
  );
}

function SaveBadge({ status }: { status: DraftSave }) {
  const t = useT();
  const tag = (color: string, icon: ReactNode, text: string, tip?: string) => (
    <Tooltip title={tip}>
      <Tag color={color} icon={icon} data-testid="save-status" data-kind={status.kind}>
        {text}
      </Tag>
    </Tooltip>
  );
  switch (status.kind) {
    case 'new':
      return tag(
        'default',
        null,
        t('未保存', 'Not saved yet'),
        t('修改后自动保存为草稿。', 'Saved as a draft once you change something.'),
      );
    case 'saved':
      return tag(
        'success',
        <CheckCircleOutlined />,
        t('草稿已保存', 'Draft saved'),
        status.at ? `${t('保存时间', 'Saved at')} ${formatChinaTime(status.at)}` : undefined,
      );
    case 'pending':
    case 'saving':
      return tag(
        'processing',
        <CloudSyncOutlined spin={status.kind === 'saving'} />,
        t('保存中…', 'Saving…'),
      );
    case 'incomplete':
      return tag(
        'warning',
        <WarningOutlined />,
        t('填写完整后自动保存', 'Saved once complete'),
        t(`还有${status.count}项必填信息未填写完整。`, `${status.count} required field(s) incomplete.`),
      );
    default:
      return tag('error', <WarningOutlined />, t('未能保存', 'Not saved'), status.error.message);
  }
}

/** The first step of each kind: the record's fields to change, or the websites to choose, or what goes. */
function FirstStep(props: {
  draft: AfterFilingDraft;
  record: FiledRecordView;
  onChange: (d: AfterFilingDraft) => void;
}) {
  const t = useT();
  const { draft } = props;
  if (draft.kind === 'change_subject') return <SubjectStep identityEditable />;
  if (draft.kind === 'change_website')
    return (
      <>
        <GroupFindings path="websites" />
        {draft.data.websites.map((w, i) => (
          <WebsiteCard
            key={draft.numbers[i]}
            index={i}
            website={w}
            canRemove={false}
            fixed={{
              domains: t(
                `网站备案号 ${draft.numbers[i]} 对应这个域名，不能更换。`,
                `Website number ${draft.numbers[i]} is this domain's; it cannot change.`,
              ),
              access: t('更换服务器请办理“变更接入”。', 'A new server is a change of access.'),
            }}
          />
        ))}
      </>
    );
  if (draft.kind === 'change_access')
    return (
      <>
        <GroupFindings path="websites" />
        {draft.data.websites.map((w, i) => (
          <Card
            key={draft.numbers[i]}
            title={`${t('网站', 'Website')} ${w.domains[0] ?? ''}`}
            style={{ marginBottom: 16 }}
          >
            <GroupFindings path={`websites[${i}]`} />
            <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('网站备案号', 'Website number')}>
                {draft.numbers[i]}
              </Descriptions.Item>
              <Descriptions.Item label={t('网站名称', 'Name')}>{w.name}</Descriptions.Item>
              <Descriptions.Item label={t('原备案服务号', 'Service number as filed')}>
                {props.record.websites.find((x) => x.icpNumber === draft.numbers[i])?.website?.access
                  ?.serviceNumber ?? '—'}
              </Descriptions.Item>
            </Descriptions>
            <AccessField index={i} />
          </Card>
        ))}
      </>
    );
  if (picksTargets(draft.kind)) return <TargetPicker {...props} />;
  return <SubjectGoes record={props.record} />;
}

/** 注销网站 / 取消接入: the websites accessed here, to tick. */
function TargetPicker(props: {
  draft: AfterFilingDraft;
  record: FiledRecordView;
  onChange: (d: AfterFilingDraft) => void;
}) {
  const t = useT();
  const { draft } = props;
  const here = props.record.websites.filter((w) => w.accessedHere);
  const elsewhere = props.record.websites.filter((w) => !w.accessedHere);
  return (
    <Card
      title={
        draft.kind === 'cancel_access'
          ? t('选择要取消本平台接入的网站', 'Websites to stop accessing here')
          : t('选择要注销的网站', 'Websites to cancel')
      }
    >
      <GroupFindings path="targets" />
      <Field path="targets" label={t('本平台接入的网站', 'Websites accessed here')} required>
        <Checkbox.Group
          value={draft.targets}
          onChange={(v) =>
            props.onChange({
              ...draft,
              // in the record's order, as the check reports them
              targets: here.map((w) => w.icpNumber).filter((n) => (v as string[]).includes(n)),
            })
          }
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        >
          {here.map((w) => (
            <Checkbox key={w.icpNumber} value={w.icpNumber} data-target={w.icpNumber}>
              <Space wrap size={4}>
                <Typography.Text strong>{w.domain}</Typography.Text>
                <Typography.Text type="secondary">
                  {w.name} · {w.icpNumber}
                </Typography.Text>
                {w.accessedElsewhere && <Tag>{t('其他接入商也接入', 'also accessed elsewhere')}</Tag>}
              </Space>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Field>
      {draft.targets.map((n, i) => (
        <GroupFindings key={n} path={`targets[${i}]`} />
      ))}
      {elsewhere.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(
            `在其他接入商接入的网站（${elsewhere.map((w) => w.domain).join('、')}）请到该服务商办理。`,
            `Websites accessed at other providers (${elsewhere.map((w) => w.domain).join(', ')}) are handled there.`,
          )}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** 注销主体: everything filed under the subject goes. */
function SubjectGoes({ record }: { record: FiledRecordView }) {
  const t = useT();
  return (
    <Card title={t('将注销的备案', 'What is cancelled')}>
      <GroupFindings path="subject" />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('主体', 'Subject')}>
          {record.subject.name}（{record.provinceZh}）
        </Descriptions.Item>
        <Descriptions.Item label={t('主体备案号', 'Subject number')}>{record.icpNumber}</Descriptions.Item>
        {record.websites.map((w) => (
          <Descriptions.Item key={w.icpNumber} label={w.icpNumber}>
            {w.domain} · {w.name}
            {!w.accessedHere && (
              <Tag style={{ marginInlineStart: 8 }}>{t('其他接入商接入', 'accessed elsewhere')}</Tag>
            )}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

/** 单位名称变更前后是否有关联: asked when a unit's name changes (the province's 变更备案规则 turn on it). */
function NameChangeQuestion(props: {
  draft: AfterFilingDraft;
  record: FiledRecordView;
  onChange: (d: AfterFilingDraft) => void;
}) {
  const t = useT();
  const { draft } = props;
  const renamed = draft.data.subject.name.trim() !== props.record.subject.name.trim();
  // a unit renamed: an individual's filing becoming a unit is judged by other rules (个人变单位)
  if (
    draft.data.subject.nature === 'individual' ||
    props.record.subject.nature === 'individual' ||
    (!renamed && draft.declarations.nameChangeRelated === undefined)
  )
    return null;
  const value = draft.declarations.nameChangeRelated;
  return (
    <Card title={t('单位名称变更', 'The unit’s new name')} data-testid="name-change">
      <Form layout="vertical" component="div">
        <Field
          path="declarations.nameChangeRelated"
          label={t(
            `单位名称由“${props.record.subject.name}”变更为“${draft.data.subject.name}”，变更前后是否有关联？`,
            'Are the units before and after the rename related?',
          )}
          required
        >
          <Radio.Group
            id={fieldId('declarations.nameChangeRelated')}
            value={value}
            onChange={(e) =>
              props.onChange({
                ...draft,
                declarations: { ...draft.declarations, nameChangeRelated: e.target.value as boolean },
              })
            }
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            <Radio value={true}>
              {t(
                '有关联：是同一单位更名，能取得工商部门的变更证明（政府、事业单位为上级部门的函件）',
                'Related: the same unit renamed, with a change proof',
              )}
            </Radio>
            <Radio value={false}>{t('无关联：是另一个单位', 'Not related: another unit')}</Radio>
          </Radio.Group>
        </Field>
      </Form>
    </Card>
  );
}

/** The warnings to acknowledge (空壳主体, 空壳网站, a number never restored …), then the checkbox under them. */
function Acknowledgement(props: {
  warnings: readonly { code: string; message: string }[];
  draft: AfterFilingDraft;
  onChange: (d: AfterFilingDraft) => void;
}) {
  const t = useT();
  const { draft } = props;
  if (props.warnings.length === 0) return null;
  return (
    <Card data-testid="acknowledgement">
      <Alert
        type="warning"
        showIcon
        title={t('办理前请了解', 'Before you go on')}
        description={
          <ul className="finding-list">
            {props.warnings.map((w, i) => (
              <li key={i} data-code={w.code}>
                {w.message}
              </li>
            ))}
          </ul>
        }
        style={{ marginBottom: 16 }}
      />
      <Form layout="vertical" component="div">
        <Field path="declarations.acknowledged" label={t('确认', 'Acknowledgement')} required>
          <Checkbox
            id={fieldId('declarations.acknowledged')}
            checked={draft.declarations.acknowledged === true}
            onChange={(e) =>
              props.onChange({
                ...draft,
                declarations: { ...draft.declarations, acknowledged: e.target.checked },
              })
            }
          >
            {t(
              '我已阅读以上提示，了解办理后的结果，仍要办理。',
              'I have read the above and still want to go on.',
            )}
          </Checkbox>
        </Field>
      </Form>
    </Card>
  );
}

function SubmitPart(props: {
  kindName: string;
  errors: readonly Finding[];
  steps: readonly (keyof typeof STEPS)[];
  confirmed: boolean;
  onConfirm: (v: boolean) => void;
  children: ReactNode;
}) {
  const t = useT();
  const term = useTerm();
  return (
    <>
      {props.errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t(
            `还有${props.errors.length}个问题需要处理后才能提交`,
            `${props.errors.length} problem(s) to fix before submitting`,
          )}
          description={<FindingList findings={props.errors} />}
          data-testid="submit-errors"
        />
      ) : (
        <Alert type="success" showIcon title={t('检查通过：可以提交', 'Checked: ready to submit')} />
      )}
      {props.children}
      {props.steps.length > 0 && (
        <Card title={t('提交后的步骤', 'What happens after you submit')}>
          <Steps
            size="small"
            current={-1}
            items={props.steps.map((code) => ({ title: term(STEPS[code]) }))}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t(
              '提交后1个工作日内完成初审，审核员会致电负责人核实，请保持电话畅通。',
              'The initial review takes up to 1 working day; the reviewer calls the leader.',
            )}
          </Typography.Paragraph>
        </Card>
      )}
      <Checkbox checked={props.confirmed} onChange={(e) => props.onConfirm(e.target.checked)} id="f-confirm">
        {t(
          `我确认所填信息真实、准确、完整，并同意由本平台提交管局办理${props.kindName}。`,
          `I confirm the information is true and complete, and agree to its submission to the bureau.`,
        )}
      </Checkbox>
    </>
  );
}
