/** 已保存 / 保存中 / kept in this browser / will retry: where the order being typed stands. */
import { CheckCircleOutlined, CloudSyncOutlined, LaptopOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n/locale.js';
import { formatChinaTime } from '../components/due-time.js';
import type { SaveStatus } from './use-order-draft.js';

export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const t = useT();
  switch (status.kind) {
    case 'saved':
      return (
        <Tooltip title={status.at ? `${t('保存时间', 'Saved at')} ${formatChinaTime(status.at)}` : undefined}>
          <Tag color="success" icon={<CheckCircleOutlined />} data-testid="save-status" data-kind="saved">
            {t('已保存', 'Saved')}
          </Tag>
        </Tooltip>
      );
    case 'pending':
    case 'saving':
      return (
        <Tag
          color="processing"
          icon={<CloudSyncOutlined spin={status.kind === 'saving'} />}
          data-testid="save-status"
          data-kind={status.kind}
        >
          {t('保存中…', 'Saving…')}
        </Tag>
      );
    case 'local':
      return (
        <Tooltip
          title={t(
            `还有${status.count}项必填信息未填写完整：内容已保存在本机，填写完整后自动保存到服务器。`,
            `${status.count} required field(s) incomplete: kept in this browser, saved to the server once complete.`,
          )}
        >
          <Tag icon={<LaptopOutlined />} data-testid="save-status" data-kind="local">
            {t('已保存在本机', 'Kept in this browser')}
          </Tag>
        </Tooltip>
      );
    case 'retrying':
      return (
        <Tooltip title={status.error.message}>
          <Tag color="warning" icon={<WarningOutlined />} data-testid="save-status" data-kind="retrying">
            {t(
              `保存失败，${status.inSeconds}秒后重试（本机已保留）`,
              `Save failed, retrying in ${status.inSeconds}s (kept locally)`,
            )}
          </Tag>
        </Tooltip>
      );
    default:
      return (
        <Tooltip title={status.error.message}>
          <Tag color="error" icon={<WarningOutlined />} data-testid="save-status" data-kind={status.kind}>
            {t('未能保存（本机已保留）', 'Not saved (kept locally)')}
          </Tag>
        </Tooltip>
      );
  }
}
