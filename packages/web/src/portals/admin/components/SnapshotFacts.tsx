/**
 * What a shipped data list says of itself (decisions.md 18: the suffix list; the registrar list): how many entries,
 * when and from where it was taken, and its note on replacing it.
 */
import { Descriptions, Typography } from 'antd';
import { useT } from '../../../i18n/locale.js';

export function SnapshotFacts(props: {
  countLabel: string;
  count: number;
  retrieved: string;
  source: string;
  note: string;
  /** data-testid of the date. */
  dateTestId: string;
}) {
  const t = useT();
  const long = (text: string) => (
    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>
      {text}
    </Typography.Paragraph>
  );
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}>
      <Descriptions.Item label={props.countLabel}>{props.count}</Descriptions.Item>
      <Descriptions.Item label={t('获取日期', 'Retrieved')}>
        <span data-testid={props.dateTestId}>{props.retrieved}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('来源', 'Source')}>{long(props.source)}</Descriptions.Item>
      <Descriptions.Item label={t('说明', 'Note')}>{long(props.note)}</Descriptions.Item>
    </Descriptions>
  );
}
