/** Inputs bound to a path of the order: they read the draft and write it back, one keystroke at a time. */
import type { Term } from '@beian/core';
import { Checkbox, DatePicker, Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import { useT, useTerm } from '../../../i18n/locale.js';
import { getIn } from './draft.js';
import { NO_EXPIRY } from './draft.js';
import { useDraft } from './draft-context.js';
import { fieldId } from './findings.js';

export function TextInput(props: {
  path: string;
  placeholder?: string;
  maxLength?: number;
  inputMode?: 'text' | 'email' | 'tel' | 'url' | 'numeric';
  autoComplete?: string;
  disabled?: boolean;
  multiline?: boolean;
}) {
  const { data, set, readOnly } = useDraft();
  const value = getIn(data, props.path);
  const common = {
    id: fieldId(props.path),
    value: typeof value === 'string' ? value : '',
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    disabled: props.disabled || readOnly,
  };
  if (props.multiline)
    return (
      <Input.TextArea
        {...common}
        autoSize={{ minRows: 2, maxRows: 6 }}
        onChange={(e) => set(props.path, e.target.value)}
      />
    );
  return (
    <Input
      {...common}
      inputMode={props.inputMode}
      autoComplete={props.autoComplete ?? 'off'}
      onChange={(e) => set(props.path, e.target.value)}
    />
  );
}

export function TermSelect(props: {
  path: string;
  table: Record<string, Term>;
  only?: readonly string[];
  allowClear?: boolean;
  disabled?: boolean;
  placeholder?: string;
}) {
  const { data, set, readOnly } = useDraft();
  const term = useTerm();
  const value = getIn(data, props.path);
  const codes = props.only ?? Object.keys(props.table);
  return (
    <Select<string>
      id={fieldId(props.path)}
      value={typeof value === 'string' && value !== '' ? value : undefined}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      disabled={props.disabled || readOnly}
      onChange={(v) => set(props.path, v === undefined || v === null ? undefined : v)}
      options={codes.map((c) => ({ value: c, label: term(props.table[c]!) }))}
    />
  );
}

/** An ISO date, with 长期 (no expiry) for certificates that never lapse. */
export function DateInput({ path, allowNoExpiry }: { path: string; allowNoExpiry?: boolean }) {
  const { data, set, readOnly } = useDraft();
  const t = useT();
  const value = getIn(data, path);
  const iso = typeof value === 'string' ? value : '';
  const noExpiry = iso === NO_EXPIRY;
  return (
    <Space wrap>
      <DatePicker
        id={fieldId(path)}
        value={iso && !noExpiry && dayjs(iso, 'YYYY-MM-DD', true).isValid() ? dayjs(iso, 'YYYY-MM-DD') : null}
        disabled={noExpiry || readOnly}
        format="YYYY-MM-DD"
        placeholder={t('请选择日期', 'Choose a date')}
        onChange={(d) => set(path, d ? d.format('YYYY-MM-DD') : '')}
      />
      {allowNoExpiry && (
        <Checkbox
          checked={noExpiry}
          disabled={readOnly}
          onChange={(e) => set(path, e.target.checked ? NO_EXPIRY : '')}
        >
          {t('长期', 'No expiry')}
        </Checkbox>
      )}
    </Space>
  );
}

export function CheckInput({ path, children }: { path: string; children: ReactNode }) {
  const { data, set, readOnly } = useDraft();
  return (
    <Checkbox
      id={fieldId(path)}
      checked={getIn(data, path) === true}
      disabled={readOnly}
      onChange={(e) => set(path, e.target.checked)}
    >
      {children}
    </Checkbox>
  );
}
