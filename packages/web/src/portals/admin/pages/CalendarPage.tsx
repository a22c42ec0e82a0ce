/**
 * 工作日历: which years the deadline calendar covers (a warning when this year or next has no holiday schedule —
 * the data package ends in 2026), and a year's 放假 and 调休上班 dates to view and edit: click a day to mark it
 * (a weekday: holiday; a weekend day: make-up working day, then holiday), then save — the server uses it at once.
 */
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, InputNumber, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { admin } from '../../../api/endpoints.js';
import { keys, useCalendarStatus, useCalendarYear } from '../../../api/queries.js';
import type { CalendarYearView } from '../../../api/types.js';
import { formatChinaTime } from '../../../consoles/reuse.js';
import { useT } from '../../../i18n/locale.js';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => [0, 6].includes(weekday(date));
const WEEK_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEK_EN = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

type Marks = { holidays: Set<string>; workdays: Set<string> };

function Month(props: { year: number; month: number; marks: Marks; onClick: (date: string) => void }) {
  const t = useT();
  const days = new Date(Date.UTC(props.year, props.month + 1, 0)).getUTCDate();
  // Monday first
  const lead = (new Date(Date.UTC(props.year, props.month, 1)).getUTCDay() + 6) % 7;
  return (
    <div>
      <div className="calendar-month-title">
        {t(
          `${props.month + 1}月`,
          new Date(Date.UTC(2000, props.month, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
        )}
      </div>
      <div className="calendar-grid">
        {[1, 2, 3, 4, 5, 6, 0].map((d) => (
          <div key={d} className="calendar-head">
            {t(WEEK_ZH[d]!, WEEK_EN[d]!)}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`x${i}`} />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const date = iso(props.year, props.month, i + 1);
          const kind = props.marks.holidays.has(date)
            ? 'holiday'
            : props.marks.workdays.has(date)
              ? 'workday'
              : '';
          return (
            <button
              type="button"
              key={date}
              data-date={date}
              data-kind={kind || 'normal'}
              className={`calendar-day${isWeekend(date) ? ' weekend' : ''}${kind ? ` ${kind}` : ''}`}
              onClick={() => props.onClick(date)}
              aria-label={`${date}${kind === 'holiday' ? t(' 放假', ' holiday') : kind === 'workday' ? t(' 调休上班', ' make-up working day') : ''}`}
            >
              {i + 1}
            </button>
          );
        })}
      </div>
    </div>
  );
}

export default function CalendarPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const status = useCalendarStatus();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const view = useCalendarYear(year);
  const [marks, setMarks] = useState<Marks>({ holidays: new Set(), workdays: new Set() });
  const [dirty, setDirty] = useState(false);
  const reset = (v: CalendarYearView | undefined) => {
    setMarks({ holidays: new Set(v?.holidays ?? []), workdays: new Set(v?.workdays ?? []) });
    setDirty(false);
  };
  useEffect(() => reset(view.data), [view.data]);
  const save = useMutation({
    mutationFn: () =>
      admin.saveCalendarYear(year, {
        holidays: [...marks.holidays].sort(),
        workdays: [...marks.workdays].sort(),
      }),
    onSuccess: (v) => {
      queryClient.setQueryData(keys.calendarYear(year), v);
      void queryClient.invalidateQueries({ queryKey: keys.calendarStatus });
      void message.success(
        t(`${year}年的日历已保存，期限计算立即使用`, `${year} saved; deadlines use it now`),
      );
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const toggle = (date: string) => {
    setMarks((m) => {
      const holidays = new Set(m.holidays);
      const workdays = new Set(m.workdays);
      if (isWeekend(date)) {
        // normal → 调休上班 → 放假 → normal
        if (workdays.has(date)) {
          workdays.delete(date);
          holidays.add(date);
        } else if (holidays.has(date)) holidays.delete(date);
        else workdays.add(date);
      } else if (holidays.has(date)) holidays.delete(date);
      else holidays.add(date);
      return { holidays, workdays };
    });
    setDirty(true);
  };
  const years = useMemo(() => {
    const s = new Set<number>([
      ...(status.data?.years.map((y) => y.year) ?? []),
      ...(status.data?.missing ?? []),
    ]);
    return [...s].sort();
  }, [status.data]);
  const sources: Record<string, [string, string, string]> = {
    admin: ['管理员录入', 'Entered by an admin', 'blue'],
    package: ['数据包（chinese-days）', 'Data package', 'default'],
    none: ['未录入：按周一至周五计算', 'Missing: Monday–Friday assumed', 'error'],
  };
  const src = view.data ? sources[view.data.source] : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('工作日历', 'Working-day calendar')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(
          '初审（1个工作日）、提交管局（1个工作日）和管局审核的期限按工作日计算：法定节假日不计，调休上班日计入。',
          'Deadlines count working days: public holidays are skipped, make-up working days count.',
        )}
      </Typography.Paragraph>
      {status.isError ? (
        <Alert type="error" showIcon title={errorMessage(status.error)} />
      ) : status.data && !status.data.ok ? (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-warning"
          title={t('日历需要更新', 'The calendar needs updating')}
          description={
            <Space orientation="vertical" size={4}>
              {status.data.warnings.map((w, i) => (
                <span key={i}>{w}</span>
              ))}
              <Space wrap>
                {status.data.missing.map((y) => (
                  <Button key={y} size="small" type="primary" ghost onClick={() => setYear(y)}>
                    {t(`录入${y}年`, `Enter ${y}`)}
                  </Button>
                ))}
              </Space>
            </Space>
          }
        />
      ) : status.data ? (
        <Alert
          type="success"
          showIcon
          title={t('今年和明年的节假日安排均已录入。', 'This year and next are covered.')}
        />
      ) : null}
      <Card
        size="small"
        title={
          <Space wrap>
            <InputNumber<number>
              id="calendar-year"
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              style={{ width: 110 }}
              aria-label={t('年份', 'Year')}
            />
            {years.map((y) => (
              <Tag.CheckableTag key={y} checked={y === year} onChange={() => setYear(y)}>
                {y}
                {status.data?.missing.includes(y) ? ` ${t('缺', 'missing')}` : ''}
              </Tag.CheckableTag>
            ))}
            {src && <Tag color={src[2]}>{t(src[0], src[1])}</Tag>}
          </Space>
        }
        extra={
          <Space>
            <Button icon={<UndoOutlined />} disabled={!dirty} onClick={() => reset(view.data)}>
              {t('撤销修改', 'Undo')}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate()}
              data-testid="calendar-save"
            >
              {t(`保存${year}年`, `Save ${year}`)}
            </Button>
          </Space>
        }
      >
        {view.isPending ? (
          <Skeleton active />
        ) : view.isError ? (
          <Alert type="error" showIcon title={errorMessage(view.error)} />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space wrap>
              <span>
                <span
                  className="calendar-day holiday"
                  style={{ display: 'inline-block', width: 16, height: 12 }}
                />{' '}
                {t('放假', 'Holiday')} {marks.holidays.size}
              </span>
              <span>
                <span
                  className="calendar-day workday"
                  style={{ display: 'inline-block', width: 16, height: 12 }}
                />{' '}
                {t('调休上班', 'Make-up working day')} {marks.workdays.size}
              </span>
              <Typography.Text type="secondary">
                {t(
                  '点击日期标记或取消；周末可标为调休上班。',
                  'Click a day to mark it; a weekend day can be a make-up working day.',
                )}
              </Typography.Text>
              {view.data.updatedAt && (
                <Typography.Text type="secondary">
                  {t('上次保存', 'Last saved')} {formatChinaTime(view.data.updatedAt)}
                </Typography.Text>
              )}
              {dirty && <Tag color="warning">{t('有未保存的修改', 'Unsaved changes')}</Tag>}
            </Space>
            <div className="calendar-months">
              {Array.from({ length: 12 }, (_, m) => (
                <Month key={m} year={year} month={m} marks={marks} onClick={toggle} />
              ))}
            </div>
          </Space>
        )}
      </Card>
    </Space>
  );
}
