/**
 * One wizard field: its label, its hint, and every finding at its path beside it (error or warning state,
 * the message and the rule's citation as help text), updated on each keystroke.
 */
import { Alert, Form } from 'antd';
import type { ReactNode } from 'react';
import { useDraft } from './draft-context.js';
import { fieldId } from './findings.js';
import { FindingList } from './FindingList.js';

export function Field(props: {
  path: string;
  label: ReactNode;
  required?: boolean;
  extra?: ReactNode;
  children: ReactNode;
  /** Findings of these paths show here too (a person's 'subject.leader' group on its first field …). */
  alsoPaths?: readonly string[];
}) {
  const { findings } = useDraft();
  const list = [props.path, ...(props.alsoPaths ?? [])].flatMap((p) => findings.at(p));
  const status = list.some((f) => f.severity === 'error') ? 'error' : list.length ? 'warning' : undefined;
  return (
    <Form.Item
      label={props.label}
      htmlFor={fieldId(props.path)}
      required={props.required}
      validateStatus={status}
      help={list.length ? <FindingList findings={list} /> : undefined}
      extra={props.extra}
      data-path={props.path}
    >
      {props.children}
    </Form.Item>
  );
}

/** Findings about a whole part of the order ('websites[1]', 'subject.leader'): above that part. */
export function GroupFindings({ path }: { path: string }) {
  const { findings } = useDraft();
  const list = findings.at(path);
  if (list.length === 0) return null;
  return (
    <Alert
      style={{ marginBottom: 16 }}
      type={list.some((f) => f.severity === 'error') ? 'error' : 'warning'}
      showIcon
      title={<FindingList findings={list} />}
      data-path={path}
    />
  );
}
