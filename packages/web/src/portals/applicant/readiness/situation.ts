/** What every readiness tab is asked for: the applicant's province, 主办单位性质 and how many websites they file. */
import type { NatureCode, ProvinceCode } from '@beian/core';

export type Situation = {
  /** Undefined until chosen (or known from an order). */
  readonly province: ProvinceCode | undefined;
  readonly nature: NatureCode;
  /** Websites planned, 1–10. */
  readonly websites: number;
  /** Filled in from the applicant's latest order. */
  readonly fromOrder: boolean;
};
