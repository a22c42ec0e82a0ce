/** 工作日历: an admin views and edits a year's holidays and make-up working days; everyone sees the coverage. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.js';
import { calendarStatus, calendarStatusSchema } from '../../usecases/calendar/calendar-status.js';
import {
  calendarYear,
  calendarYearParams,
  calendarYearViewSchema,
  saveCalendarYear,
  saveCalendarYearInput,
} from '../../usecases/calendar/calendar-year.js';
import { requireActor } from '../auth.js';

const tags = ['calendar'];

export function calendarRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/calendar/status',
      {
        schema: {
          tags,
          summary: '工作日历覆盖的年份；今年或明年缺少节假日安排时给出提醒',
          response: { 200: calendarStatusSchema },
        },
      },
      async (request) => {
        requireActor(request);
        return calendarStatus(deps);
      },
    );

    app.get(
      '/admin/calendar/:year',
      {
        schema: {
          tags,
          summary: '查看某年的放假和调休上班日期（管理员）',
          params: calendarYearParams,
          response: { 200: calendarYearViewSchema },
        },
      },
      async (request) => calendarYear(deps, requireActor(request, ['admin']), request.params.year),
    );

    app.put(
      '/admin/calendar/:year',
      {
        schema: {
          tags,
          summary: '保存某年的放假和调休上班日期（管理员；替换该年原有数据，立即用于期限计算）',
          params: calendarYearParams,
          body: saveCalendarYearInput,
          response: { 200: calendarYearViewSchema },
        },
      },
      async (request) =>
        saveCalendarYear(deps, requireActor(request, ['admin']), request.params.year, request.body),
    );
  };
}
