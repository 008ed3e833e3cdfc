import { currencyCodes } from '@/lib/iso-codes';

import { CodeSelect, type CodeSelectProps } from './code-select';

/** A currency (ISO 4217), searched by code or by name in English or Chinese. */
export function CurrencySelect(props: CodeSelectProps) {
  return <CodeSelect kind="currency" codes={currencyCodes} {...props} />;
}
