/** Checks that only ask for a material, under a condition on the order. */
import { MATERIALS, NATURES, type MaterialCode } from '../../glossary.js';
import type { OrderContext } from '../context.js';
import type { Check } from '../types.js';
import { provinceName } from './text.js';

/** The province asks for `code` from every order of the rule's scope (or when `when` holds). */
export function requireMaterial(
  code: MaterialCode,
  why: string,
  when?: (ctx: OrderContext) => boolean,
): Check {
  return (ctx, emit) => {
    if (when && !when(ctx)) return;
    emit.material(code, `${provinceName(ctx.province)}管局要求提供《${MATERIALS[code].zh}》：${why}`);
  };
}

/** 编办证明 for 事业单位 and 政府机关 (seed 004 §6: 云南、内蒙、黑龙江、江西). */
export function establishmentProof(): Check {
  const natures = ['public_institution', 'government'];
  return (ctx, emit) => {
    const nature = ctx.input.subject.nature;
    if (!natures.includes(nature)) return;
    emit.material(
      'establishment_proof',
      `${provinceName(ctx.province)}管局要求${NATURES[nature as keyof typeof NATURES].zh}提供上级部门颁发的编办证明。`,
    );
  };
}
