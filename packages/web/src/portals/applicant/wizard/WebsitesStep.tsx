/** 网站信息: up to 10 websites in one order (one domain each in most provinces). */
import { PlusOutlined } from '@ant-design/icons';
import { MAX_WEBSITES_PER_ORDER } from '@beian/core';
import { Button, Typography } from 'antd';
import { useT } from '../../../i18n/locale.js';
import { emptyWebsite } from './draft.js';
import { useDraft } from './draft-context.js';
import { GroupFindings } from './Field.js';
import { WebsiteCard } from './WebsiteCard.js';

export function WebsitesStep() {
  const t = useT();
  const { data, update, readOnly } = useDraft();
  const n = data.websites.length;
  return (
    <>
      <GroupFindings path="websites" />
      {data.websites.map((w, i) => (
        <WebsiteCard key={i} index={i} website={w} canRemove={n > 1} />
      ))}
      {!readOnly && (
        <Button
          type="dashed"
          block
          icon={<PlusOutlined />}
          disabled={n >= MAX_WEBSITES_PER_ORDER}
          onClick={() => update((d) => ({ ...d, websites: [...d.websites, emptyWebsite()] }))}
        >
          {n >= MAX_WEBSITES_PER_ORDER
            ? t(
                `一个订单最多${MAX_WEBSITES_PER_ORDER}个网站`,
                `At most ${MAX_WEBSITES_PER_ORDER} websites per order`,
              )
            : t(
                `添加网站（${n}/${MAX_WEBSITES_PER_ORDER}）`,
                `Add a website (${n}/${MAX_WEBSITES_PER_ORDER})`,
              )}
        </Button>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t(
          '保存和提交时，服务器会查询工信部备案系统，重新核对每个域名的备案类型。',
          'On each save and at submission the server checks every domain against the national registry again.',
        )}
      </Typography.Paragraph>
    </>
  );
}
