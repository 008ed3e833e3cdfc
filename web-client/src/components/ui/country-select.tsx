import { countryCodes } from '@/lib/iso-codes';

import { CodeSelect, type CodeSelectProps } from './code-select';

/** A country or territory (ISO 3166-1 alpha-2), searched by code or by name in English or Chinese. */
export function CountrySelect(props: CodeSelectProps) {
  return <CodeSelect kind="country" codes={countryCodes} {...props} />;
}
