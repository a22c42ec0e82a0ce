/**
 * 备案服务号 (产品验证, seeds 000 and 002): the number that ties the website to a server. Pick one of mine or
 * type one given by the server's owner, verify it, or apply for one on a server of mine that qualifies.
 */
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AutoComplete, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { servers } from '../../../api/endpoints.js';
import { keys, useAccessCodes, useMyServers } from '../../../api/queries.js';
import type { VerifyAccessResult } from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';
import { getIn } from './draft.js';
import { useDraft } from './draft-context.js';
import { Field } from './Field.js';
import { fieldId } from './findings.js';

export function AccessField({ index }: { index: number }) {
  const t = useT();
  const path = `websites[${index}].access.serviceNumber`;
  const { data, set, readOnly } = useDraft();
  const value = (getIn(data, path) as string | undefined) ?? '';
  const codes = useAccessCodes();
  const myServers = useMyServers();
  const queryClient = useQueryClient();
  const [checked, setChecked] = useState<{ value: string; result?: VerifyAccessResult; error?: string }>();
  const usedElsewhere = new Set(
    data.websites
      .filter((_, i) => i !== index)
      .map((w) => w.access?.serviceNumber)
      .filter(Boolean),
  );
  const free = (codes.data?.serviceNumbers ?? []).filter(
    (n) => n.state === 'bound' && !usedElsewhere.has(n.value),
  );
  const eligible = (myServers.data ?? []).filter((s) => s.eligible && s.quota.remaining > 0);

  const verify = useMutation({
    mutationFn: (v: string) => servers.verifyAccess({ serviceNumber: v }),
    onSuccess: (result, v) => setChecked({ value: v, result }),
    onError: (e, v) => setChecked({ value: v, error: errorMessage(e) }),
  });
  const apply = useMutation({
    mutationFn: (serverId: string) => servers.applyServiceNumber(serverId),
    onSuccess: (r) => {
      set(path, r.serviceNumber);
      void queryClient.invalidateQueries({ queryKey: keys.accessCodes });
      void queryClient.invalidateQueries({ queryKey: keys.servers });
    },
    onError: (e) => setChecked({ value, error: errorMessage(e) }),
  });
  const current = checked && checked.value === value ? checked : undefined;

  return (
    <Field
      path={path}
      alsoPaths={[`websites[${index}].access`, `websites[${index}].access.authorizationCode`]}
      label={t('备案服务号', 'Service number')}
      required
      extra={
        <Space orientation="vertical" size={2}>
          {current?.result && (
            <Typography.Text type="success">
              <CheckCircleOutlined /> {t('验证通过：', 'Verified: ')}
              {current.result.server.typeName} · {current.result.server.region} · {current.result.stateName}
            </Typography.Text>
          )}
          {current?.error && <Typography.Text type="danger">{current.error}</Typography.Text>}
          {free.length === 0 && eligible.length === 0 && !codes.isPending && (
            <Typography.Text type="secondary">
              {t(
                '本账号没有可用的备案服务号：请在服务器所在账号申请后填写（备案服务号由购买服务器的账号申请）。',
                'No free service number in this account: ask the account that holds the server to apply for one.',
              )}
            </Typography.Text>
          )}
        </Space>
      }
    >
      <Space.Compact style={{ width: '100%' }}>
        <AutoComplete
          id={fieldId(path)}
          value={value}
          disabled={readOnly}
          style={{ flex: 1 }}
          placeholder={t('选择或输入备案服务号', 'Choose or type a service number')}
          options={free.map((n) => ({
            value: n.value,
            label: `${n.value}（${n.instanceName} · ${n.typeName}）`,
          }))}
          onChange={(v: string) => set(path, v.trim())}
        />
        <Button disabled={!value || readOnly} loading={verify.isPending} onClick={() => verify.mutate(value)}>
          {t('验证', 'Verify')}
        </Button>
      </Space.Compact>
      {!readOnly && !value && eligible.length > 0 && (
        <Space wrap style={{ marginTop: 8 }}>
          {eligible.map((s) => (
            <Button key={s.id} size="small" loading={apply.isPending} onClick={() => apply.mutate(s.id)}>
              {t(`在 ${s.instanceName} 上申请备案服务号`, `Apply on ${s.instanceName}`)}（{t('余量', 'left')}{' '}
              {s.quota.remaining}）
            </Button>
          ))}
        </Space>
      )}
    </Field>
  );
}
