/** The 31 provincial bureaus, searchable by name or code. */
import { PROVINCE_CODES, PROVINCES, type ProvinceCode } from '@beian/core';
import { Select, type SelectProps } from 'antd';
import { useTerm } from '../../../i18n/locale.js';

export function ProvinceSelect(props: Omit<SelectProps<ProvinceCode>, 'options'>) {
  const term = useTerm();
  return (
    <Select<ProvinceCode>
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      options={PROVINCE_CODES.map((c) => ({ value: c, label: `${term(PROVINCES[c])}（${c}）` }))}
    />
  );
}
