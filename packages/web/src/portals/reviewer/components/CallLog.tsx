/**
 * 电话核实 (seed 003): the reviewer calls the subject leader's 联系方式1 and records whether it was answered; after
 * an unanswered call, a second one about an hour later; if that is unanswered too, “无法联系，驳回” — enabled only
 * when the core's transition table allows it (two unanswered calls at least MIN_MINUTES_BETWEEN_CALLS apart).
 */
import { PhoneOutlined } from '@ant-design/icons';
import { MIN_MINUTES_BETWEEN_CALLS, transition } from '@beian/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Popconfirm,
  Radio,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { review } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import { keys, useCalls } from '../../../api/queries.js';
import type { CallView, OrderView } from '../../../api/types.js';
import { formatChinaTime } from '../../../consoles/reuse.js';
import { useT } from '../../../i18n/locale.js';

/** The facts the guard of reject_unreachable needs, from this round's calls (as the server computes them). */
export function unreachableFacts(calls: readonly CallView[]) {
  const unanswered = calls.filter((c) => !c.answered);
  const minutes =
    unanswered.length >= 2
      ? (Date.parse(unanswered[unanswered.length - 1]!.calledAt) - Date.parse(unanswered[0]!.calledAt)) /
        60_000
      : 0;
  return { unansweredCalls: unanswered.length, minutesBetweenCalls: minutes };
}

/** Re-renders every minute so the “call again after …” hint and the button follow the clock. */
function useMinuteTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

export function CallLog({ order, onOrder }: { order: OrderView; onOrder: (o: OrderView) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const calls = useCalls(order.id);
  const [form] = Form.useForm<{ answered: boolean; note: string }>();
  const now = useMinuteTick();
  const canRecord = order.actions.includes('record_call');
  const record = useMutation({
    mutationFn: (v: { answered: boolean; note: string }) => review.recordCall(order.id, v),
    onSuccess: (list) => {
      queryClient.setQueryData(keys.calls(order.id), list);
      void queryClient.invalidateQueries({ queryKey: keys.history(order.id) });
      form.resetFields();
      void message.success(t('已记录本次致电', 'Call recorded'));
    },
    onError: (e) => {
      const left = showErrorOnForm(form, e, ['answered', 'note']);
      if (left) void message.error(left);
    },
  });
  const unreachable = useMutation({
    mutationFn: () => review.rejectUnreachable(order.id),
    onSuccess: (o) => {
      onOrder(o);
      void message.success(t('已以“无法联系”驳回', 'Rejected as unreachable'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const list = calls.data ?? [];
  const facts = unreachableFacts(list);
  const verdict = transition('submitted', 'reject_unreachable', 'reviewer', facts);
  const unanswered = list.filter((c) => !c.answered);
  const lastUnanswered = unanswered[unanswered.length - 1];
  const secondCallAt =
    unanswered.length === 1 && lastUnanswered
      ? Date.parse(lastUnanswered.calledAt) + MIN_MINUTES_BETWEEN_CALLS * 60_000
      : undefined;
  const phone = order.data.subject.leader;

  return (
    <Card
      size="small"
      title={
        <Space>
          <PhoneOutlined />
          {t('电话核实', 'Calls')}
        </Space>
      }
      data-testid="call-log"
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('致电主体负责人', 'Call the subject leader')} {phone.name}：
        <Typography.Text strong copyable>
          {phone.mobile}
        </Typography.Text>
      </Typography.Paragraph>
      {calls.isError ? (
        <Alert type="error" showIcon title={errorMessage(calls.error)} />
      ) : list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('本轮尚未致电', 'No calls this round')} />
      ) : (
        <List
          size="small"
          dataSource={list}
          renderItem={(c, i) => (
            <List.Item data-call={i}>
              <Space orientation="vertical" size={0}>
                <Space>
                  <Typography.Text>{formatChinaTime(c.calledAt)}</Typography.Text>
                  {c.answered ? (
                    <Tag color="success">{t('已接通', 'Answered')}</Tag>
                  ) : (
                    <Tag color="error">{t('未接通', 'Unanswered')}</Tag>
                  )}
                </Space>
                {c.note && <Typography.Text type="secondary">{c.note}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
      {secondCallAt !== undefined && (
        <Alert
          style={{ marginTop: 8 }}
          type={now >= secondCallAt ? 'warning' : 'info'}
          showIcon
          title={
            now >= secondCallAt
              ? t(
                  '可以第二次致电了：仍未接通则可以“无法联系”驳回。',
                  'Call again now: if unanswered, reject as unreachable.',
                )
              : t(
                  `首次未接通：请在 ${formatChinaTime(new Date(secondCallAt).toISOString())} 之后（约1小时后）再次致电。`,
                  `First call unanswered: call again after ${formatChinaTime(new Date(secondCallAt).toISOString())} (about an hour later).`,
                )
          }
        />
      )}
      {canRecord && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          initialValues={{ answered: true, note: '' }}
          onFinish={(v) => record.mutate(v)}
          requiredMark={false}
        >
          <Form.Item name="answered" label={t('本次致电', 'This call')} style={{ marginBottom: 8 }}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: true, label: t('已接通', 'Answered') },
                { value: false, label: t('未接通', 'Unanswered') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('备注', 'Note')}
            rules={[{ max: 500, message: t('最多500字', 'At most 500 characters') }]}
          >
            <Input.TextArea
              id="call-note"
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={500}
              placeholder={t(
                '如：本人接听，确认备案信息无误',
                'e.g. the leader answered and confirmed the details',
              )}
            />
          </Form.Item>
          <Space wrap>
            <Button htmlType="submit" loading={record.isPending}>
              {t('记录致电', 'Record the call')}
            </Button>
            {order.actions.includes('reject_unreachable') && (
              <Tooltip title={verdict.ok ? undefined : verdict.message}>
                <Popconfirm
                  title={t(
                    '两次致电均未接通：以“无法联系”驳回？申请人会看到原因在联系方式旁。',
                    'Both calls unanswered: reject as unreachable? The applicant sees the reason beside the mobile number.',
                  )}
                  okText={t('驳回', 'Reject')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('取消', 'Cancel')}
                  onConfirm={() => unreachable.mutate()}
                  disabled={!verdict.ok}
                >
                  <Button
                    danger
                    disabled={!verdict.ok}
                    loading={unreachable.isPending}
                    data-testid="reject-unreachable"
                  >
                    {t('无法联系，驳回', 'Unreachable: reject')}
                  </Button>
                </Popconfirm>
              </Tooltip>
            )}
          </Space>
        </Form>
      )}
    </Card>
  );
}
