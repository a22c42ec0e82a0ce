/**
 * 驳回原因 per field (initial review and the bureau): each reason names a field of the order (picked from its
 * fields, labelled as the wizard labels them) and says what to fix. The applicant sees each beside its field.
 * Precheck findings can be taken over as reasons in one click.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { showErrorOnForm } from '../api/form-errors.js';
import type { OrderData, RejectInput } from '../api/types.js';
import { useT, useTerm } from '../i18n/locale.js';
import { orderSections, reasonTargets } from './order-sections.js';
import type { Finding } from './reuse.js';

type Reasons = RejectInput['reasons'];

export function ReasonsDrawer(props: {
  open: boolean;
  onClose: () => void;
  data: OrderData;
  /** Reasons to start with (a field picked beside the data) */
  reasons: Reasons;
  onReasonsChange: (reasons: Reasons) => void;
  /** Findings that may be turned into reasons. */
  findings: readonly Finding[];
  title: string;
  submitText: string;
  onSubmit: (reasons: Reasons) => Promise<unknown>;
}) {
  const t = useT();
  const term = useTerm();
  const [form] = Form.useForm<{ reasons: Reasons }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const targets = useMemo(() => reasonTargets(orderSections(props.data, t, term), t), [props.data, t, term]);
  const known = new Set(targets.map((x) => x.path));
  useEffect(() => {
    if (props.open)
      form.setFieldsValue({ reasons: props.reasons.length ? props.reasons : [{ path: '', message: '' }] });
  }, [props.open, props.reasons, form]);

  const takeFindings = () => {
    const current =
      (form.getFieldValue('reasons') as Reasons | undefined)?.filter((r) => r.path || r.message) ?? [];
    const add = props.findings
      .filter((f) => f.severity === 'error' && known.has(f.path))
      .filter((f) => !current.some((r) => r.path === f.path && r.message === f.message))
      .map((f) => ({ path: f.path, message: f.message }));
    form.setFieldsValue({ reasons: [...current, ...add] });
  };

  const submit = async () => {
    setError(undefined);
    const values = await form.validateFields();
    setBusy(true);
    try {
      await props.onSubmit(values.reasons.map((r) => ({ path: r.path, message: r.message.trim() })));
    } catch (e) {
      const left = showErrorOnForm(form, e, ['reasons']);
      if (left) setError(left);
    } finally {
      setBusy(false);
    }
  };

  const errorFindings = props.findings.filter((f) => f.severity === 'error' && known.has(f.path)).length;
  return (
    <Drawer
      open={props.open}
      onClose={() => {
        props.onReasonsChange(form.getFieldValue('reasons') ?? []);
        props.onClose();
      }}
      title={props.title}
      size={640}
      destroyOnHidden={false}
      rootClassName="reasons-drawer"
      extra={
        <Button
          type="primary"
          danger
          loading={busy}
          onClick={() => void submit()}
          data-testid="reasons-submit"
        >
          {props.submitText}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t(
            '每条原因对应订单中的一个字段：申请人会在该字段旁看到原因，请写明问题和修改方法。',
            'Each reason names a field: the applicant sees it beside that field. Say what is wrong and how to fix it.',
          )}
        </Typography.Paragraph>
        {errorFindings > 0 && (
          <Button icon={<PlusOutlined />} onClick={takeFindings} size="small">
            {t(`加入预检发现的 ${errorFindings} 个错误`, `Add the precheck's ${errorFindings} error(s)`)}
          </Button>
        )}
        {error && <Alert type="error" showIcon title={error} />}
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.List name="reasons">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} className="reason-item" data-reason={i}>
                    <Space align="baseline" style={{ width: '100%', justifyContent: 'space-between' }}>
                      <Typography.Text strong>
                        {t('原因', 'Reason')} {i + 1}
                      </Typography.Text>
                      {fields.length > 1 && (
                        <Button
                          type="text"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                          aria-label={t('删除该原因', 'Remove this reason')}
                        />
                      )}
                    </Space>
                    <Form.Item
                      name={[f.name, 'path']}
                      label={t('字段', 'Field')}
                      rules={[{ required: true, message: t('请选择字段', 'Pick a field') }]}
                    >
                      <Select
                        id={`reason-path-${i}`}
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t(
                          '选择订单中的字段（可输入搜索）',
                          'Pick a field of the order (type to search)',
                        )}
                        options={targets.map((x) => ({ value: x.path, label: x.label }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'message']}
                      label={t('原因和修改建议', 'Reason and what to do')}
                      rules={[
                        { required: true, message: t('请写明驳回原因', 'Write the reason') },
                        { min: 2, message: t('至少2个字', 'At least 2 characters') },
                        { max: 500, message: t('最多500字', 'At most 500 characters') },
                      ]}
                    >
                      <Input.TextArea
                        id={`reason-message-${i}`}
                        autoSize={{ minRows: 2, maxRows: 6 }}
                        maxLength={500}
                        showCount
                      />
                    </Form.Item>
                  </div>
                ))}
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  onClick={() => add({ path: '', message: '' })}
                >
                  {t('再加一条原因', 'Add another reason')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Space>
    </Drawer>
  );
}
