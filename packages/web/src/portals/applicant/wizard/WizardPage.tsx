/**
 * The order wizard: 主体信息 → 网站信息 → 上传资料 → 提交. Every change runs the core's precheck here, in the
 * browser, and shows each finding beside its field; the order is kept in this browser at once and saved to the
 * server after a pause. The current step is in the address (?step=), so a reload comes back to it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Grid, Result, Space, Steps, Tag, Typography } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { FILING_TYPES, isEditable, type FilingType, type OrderState, type Violation } from '@beian/core';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import { orders } from '../../../api/endpoints.js';
import { keys, useMaterials, useMe, useOrder } from '../../../api/queries.js';
import type { OrderData, OrderView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { PageLoading } from '../../../shell/Suspended.js';
import { setIn } from './draft.js';
import { DraftContext, type DraftApi } from './draft-context.js';
import { suppliedMaterials } from '@beian/server/dist/usecases/materials/material-view.js';
import {
  fieldId,
  filterFindings,
  fromViolation,
  indexFindings,
  related,
  stepOf,
  type Finding,
} from './findings.js';
import { liveCheck } from './live-precheck.js';
import { loadLocal, type LocalDraft } from './local-draft.js';
import { MaterialsStep } from './MaterialsStep.js';
import { SaveStatusBadge } from './SaveStatusBadge.js';
import { SubjectStep } from './SubjectStep.js';
import { SubmitStep } from './SubmitStep.js';
import { useOrderDraft } from './use-order-draft.js';
import { WebsitesStep } from './WebsitesStep.js';

/**
 * Findings only the server can make (it asks the national registry and knows the domains' WHOIS facts): taken
 * from its precheck of the saved order. Everything else comes from the precheck running here, always current.
 */
const SERVER_ONLY: ReadonlySet<string> = new Set([
  'DOMAIN_FILED_BY_OTHER_SUBJECT',
  'DOMAIN_ALREADY_ACCESSED',
  'MIXED_FILING_TYPES',
  'DOMAIN_REGISTRAR_NOT_APPROVED',
  'DOMAIN_NOT_REAL_NAME_VERIFIED',
  'DOMAIN_REAL_NAME_TOO_RECENT',
  'DOMAIN_EXPIRING',
  'DOMAIN_HOLDER_MISMATCH',
  'DOMAIN_PRIVACY_PROTECTED',
]);

const STEP_TITLES = [
  { zh: '主体信息', en: 'Subject' },
  { zh: '网站信息', en: 'Websites' },
  { zh: '上传资料', en: 'Materials' },
  { zh: '提交', en: 'Submit' },
] as const;

export default function WizardPage() {
  const { orderId } = useParams();
  const me = useMe();
  const order = useOrder(orderId);
  const t = useT();
  if (!me.data) return <PageLoading />;
  if (orderId && order.isPending) return <PageLoading tip={t('正在载入订单…', 'Loading the order…')} />;
  if (orderId && order.isError)
    return (
      <Result
        status="warning"
        title={t('订单载入失败', 'Could not load the order')}
        subTitle={errorMessage(order.error)}
        extra={<Button onClick={() => void order.refetch()}>{t('重试', 'Retry')}</Button>}
      />
    );
  const server = order.data;
  // 变更 / 注销 / 取消接入 have their own editor
  if (server?.afterFiling) return <Navigate to={`/after-filing/${server.id}`} replace />;
  if (server && !isEditable(server.state as OrderState))
    return <Navigate to={`/orders/${server.id}`} replace />;
  const local = loadLocal(me.data.id, orderId);
  let initial: LocalDraft | undefined;
  let notice: string | undefined;
  if (!server) initial = local;
  else if (local?.dirty && local.baseVersion === server.version) {
    initial = local;
    notice = t(
      '已恢复本机尚未保存到服务器的修改，正在保存。',
      'Restored the changes kept in this browser; saving them now.',
    );
  } else {
    initial = {
      orderId: server.id,
      baseVersion: server.version,
      data: server.data,
      dirty: false,
      updatedAt: server.updatedAt,
    };
    if (local?.dirty)
      notice = t(
        '本机保存的修改基于旧版本，已显示服务器上的最新内容。',
        'The changes kept in this browser were based on an older version: showing the server’s latest.',
      );
  }
  if (!initial) return <Navigate to="/verify" replace />;
  return (
    <Wizard key={orderId ?? 'new'} accountId={me.data.id} initial={initial} order={server} notice={notice} />
  );
}

function Wizard(props: {
  accountId: string;
  initial: LocalDraft;
  order: OrderView | undefined;
  notice?: string;
}) {
  const t = useT();
  const term = useTerm();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const step = Math.min(Math.max(Number(params.get('step') ?? 0) || 0, 0), 3);
  // a finding shows once its field (or one it concerns) was changed here, or its step was left once:
  // an empty form is not a page of errors
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [shownSteps, setShownSteps] = useState<ReadonlySet<number>>(
    () => new Set([0, 1, 2].filter((s) => s < step)),
  );
  const goTo = (s: number) => {
    setShownSteps((prev) => new Set([...prev, step]));
    setParams({ step: String(s) }, { replace: true });
    window.scrollTo({ top: 0 });
  };
  const draft = useOrderDraft({
    accountId: props.accountId,
    initial: props.initial,
    order: props.order,
    onCreated: (o) => navigate(`/orders/${o.id}/edit?step=${step}`, { replace: true }),
  });
  const [submitErrors, setSubmitErrors] = useState<{ data: OrderData; list: Finding[] }>();
  const [submitting, setSubmitting] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  // the precheck on each change; deferred so typing never waits for it. With the order's uploads, counted as
  // the server counts them at submission: a required material missing is a finding here first (none uploaded
  // before the order is saved; none counted while the list loads)
  const deferred = useDeferredValue(draft.data);
  const uploads = useMaterials(draft.orderId);
  const supplied = useMemo(
    () => (!draft.orderId ? [] : uploads.data ? suppliedMaterials(uploads.data.materials) : undefined),
    [draft.orderId, uploads.data],
  );
  const check = useMemo(() => liveCheck(deferred, undefined, supplied), [deferred, supplied]);
  const order = draft.order;
  const serverPrecheck = order?.precheck as { violations?: Violation[] } | null | undefined;
  const status = draft.status;
  const findings = useMemo(() => {
    const saveError: Finding[] =
      status.kind === 'invalid' && status.error.path
        ? [{ source: 'server', severity: 'error', path: status.error.path, message: status.error.message }]
        : [];
    return indexFindings({
      shape: check.shape,
      live: check.result,
      server: (serverPrecheck?.violations ?? []).filter((v) => SERVER_ONLY.has(v.code)),
      extra: [...saveError, ...(submitErrors?.data === draft.data ? submitErrors.list : [])],
      reasons: order?.reasons ?? [],
    });
  }, [check, serverPrecheck, status, submitErrors, draft.data, order?.reasons]);
  const rejectedOrder =
    order?.state === 'initial_rejected' || order?.state === 'bureau_rejected' || order?.state === 'returned';
  const visible = useMemo(
    () =>
      filterFindings(
        findings,
        (f) =>
          f.source === 'reason' ||
          f.source === 'server' ||
          rejectedOrder ||
          shownSteps.has(stepOf(f.path)) ||
          [...touched].some((p) => related(p, f.path)),
      ),
    [findings, rejectedOrder, shownSteps, touched],
  );
  const api: DraftApi = useMemo(
    () => ({
      data: draft.data,
      set: (path, value) => {
        setTouched((prev) => (prev.has(path) ? prev : new Set([...prev, path])));
        draft.change(withHomepage(setIn(draft.data, path, value), draft.data, path));
      },
      update: (fn) => draft.change(fn(draft.data)),
      findings: visible,
      readOnly: false,
    }),
    [draft, visible],
  );

  // a reviewer's reason stays beside its field until resubmission; it is advice, not a finding that blocks
  const blocking = (f: Finding) => f.severity === 'error' && f.source !== 'reason';
  const errorsByStep = [0, 1, 2, 3].map((s) =>
    visible.all.filter((f) => blocking(f) && stepOf(f.path) === s),
  );
  const stepFindings = visible.all.filter((f) => stepOf(f.path) === step);
  const allErrors = findings.all.filter(blocking);
  const filingType = props.initial.filingType ?? order?.filingType ?? check.result?.filingType;

  const submit = async () => {
    setSubmitting(true);
    setSubmitErrors(undefined);
    try {
      const s = await draft.flush();
      if (s.kind !== 'saved' || !draft.orderId || draft.version === undefined) {
        void message.error(
          s.kind === 'local'
            ? t(
                '还有必填信息未填写完整，订单尚未保存到服务器。',
                'Required fields are incomplete; the order is not saved yet.',
              )
            : t('订单尚未保存到服务器：请稍后重试。', 'The order is not saved yet: try again shortly.'),
        );
        return;
      }
      const submitted = await orders.submit(draft.orderId, draft.version);
      draft.forget();
      queryClient.setQueryData(keys.order(submitted.id), submitted);
      void queryClient.invalidateQueries({ queryKey: keys.orders });
      void message.success(t('已提交初审，请保持电话畅通。', 'Submitted for initial review.'));
      navigate(`/orders/${submitted.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'PRECHECK_FAILED')
        setSubmitErrors({ data: draft.data, list: e.violations.map(fromViolation('server')) });
      else if (e instanceof ApiError && e.path)
        setSubmitErrors({
          data: draft.data,
          list: [{ source: 'server', severity: 'error', path: e.path, message: e.message }],
        });
      void message.error(errorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <DraftContext.Provider value={api}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 8,
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <Space wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('填写备案信息', 'Fill in the filing')}
            </Typography.Title>
            {filingType && filingType in FILING_TYPES && (
              <Tag color="red">{term(FILING_TYPES[filingType as FilingType])}</Tag>
            )}
          </Space>
          <SaveStatusBadge status={draft.status} />
        </div>
        {props.notice && <Alert type="info" showIcon closable title={props.notice} />}
        {rejectedOrder && order && order.reasons.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t(
              '订单被驳回：请按各字段旁的驳回原因修改后重新提交',
              'The order was rejected: fix each field as its reason says, then resubmit',
            )}
          />
        )}
        {draft.status.kind === 'conflict' && (
          <Alert
            type="warning"
            showIcon
            title={draft.status.error.message}
            action={
              <Space orientation="vertical">
                <Button size="small" onClick={() => void draft.takeServerVersion()}>
                  {t('载入服务器上的版本', 'Load the server’s version')}
                </Button>
                <Button size="small" danger onClick={() => void draft.overwriteServer()}>
                  {t('以本机内容覆盖', 'Keep mine')}
                </Button>
              </Space>
            }
          />
        )}
        {draft.status.kind === 'blocked' && (
          <Alert
            type="error"
            showIcon
            title={draft.status.error.message}
            description={t('已填写的内容保存在本机，不会丢失。', 'What you typed is kept in this browser.')}
            action={
              <Link to="/">
                <Button size="small">{t('返回我的备案', 'My filings')}</Button>
              </Link>
            }
          />
        )}
        <Card>
          <Steps
            className="wizard-steps"
            current={step}
            onChange={goTo}
            orientation={screens.md ? 'horizontal' : 'vertical'}
            size={screens.md ? 'default' : 'small'}
            items={STEP_TITLES.map((s, i) => ({
              title: t(s.zh, s.en),
              ...(errorsByStep[i]!.length && i !== 3
                ? { status: 'error' as const, subTitle: `${errorsByStep[i]!.length}` }
                : {}),
            }))}
          />
          {step < 3 && stepFindings.length > 0 && <StepSummary findings={stepFindings} />}
        </Card>
        <Form layout="vertical" component="div">
          {step === 0 && <SubjectStep />}
          {step === 1 && <WebsitesStep />}
        </Form>
        {step === 2 && (
          <MaterialsStep
            orderId={draft.orderId}
            data={draft.data}
            required={check.result?.requiredMaterials ?? []}
            dirty={draft.status.kind !== 'saved'}
          />
        )}
        {step === 3 && (
          <SubmitStep
            data={draft.data}
            result={check.result}
            filingType={filingType}
            errors={allErrors}
            confirmed={confirmed}
            onConfirm={setConfirmed}
          />
        )}
        <div className="wizard-actions">
          <Button disabled={step === 0} onClick={() => goTo(step - 1)}>
            {t('上一步', 'Back')}
          </Button>
          <Typography.Text type="secondary" className="hide-on-phone" style={{ fontSize: 12 }}>
            {t(`预检用时 ${check.ms.toFixed(1)} 毫秒`, `Precheck took ${check.ms.toFixed(1)} ms`)}
          </Typography.Text>
          {step < 3 ? (
            <Button
              type="primary"
              onClick={() => {
                void draft.flush();
                goTo(step + 1);
              }}
            >
              {t(`下一步：${STEP_TITLES[step + 1]!.zh}`, `Next: ${STEP_TITLES[step + 1]!.en}`)}
            </Button>
          ) : (
            <Button type="primary" loading={submitting} disabled={!confirmed} onClick={() => void submit()}>
              {t('提交备案', 'Submit the filing')}
            </Button>
          )}
        </div>
      </Space>
    </DraftContext.Provider>
  );
}

/** A website's homepage follows its first domain while it was the default (https://domain). */
function withHomepage(next: OrderData, before: OrderData, path: string): OrderData {
  const m = /^websites\[(\d+)\]\.domains\[0\]$/.exec(path);
  if (!m) return next;
  const i = Number(m[1]);
  const old = before.websites[i];
  const now = next.websites[i];
  if (!old || !now || (old.homepage && old.homepage !== `https://${old.domains[0] ?? ''}`)) return next;
  return setIn(next, `websites[${i}].homepage`, now.domains[0] ? `https://${now.domains[0]}` : '');
}

/** The findings of this step, each a link to its field. */
function StepSummary({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const errors = findings.filter((f) => f.severity === 'error' && f.source !== 'reason').length;
  const focus = (path: string) => {
    const el = document.getElementById(fieldId(path)) ?? document.querySelector(`[data-path="${path}"]`);
    el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    if (el instanceof HTMLElement) el.focus({ preventScroll: true });
  };
  return (
    <Alert
      type={errors ? 'error' : 'warning'}
      showIcon
      title={
        errors
          ? t(`本步骤有${errors}个问题需要修改`, `${errors} problem(s) to fix in this step`)
          : t('本步骤有需要注意的提示', 'Notes for this step')
      }
      description={
        <ul className="finding-list">
          {findings.map((f, i) => (
            <li key={i}>
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => focus(f.path)}
              >
                {f.message}
              </Button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
