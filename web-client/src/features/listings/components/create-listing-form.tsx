import { Button, Flex, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '@/components/ui/currency-select';
import { NumberField } from '@/components/ui/number-field';
import { PickOrAddSelect } from '@/components/ui/pick-or-add-select';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { fieldErrors, problemOf } from '@/lib/problem';

import { useCreateListing, type CreatedListing } from '../api/create-listing';
import { useBrowseCategories } from '../api/get-browse-categories';

import { maxPrice } from './content-form';

type Values = { sku: string; title?: string; browseCategory?: string; price?: { amount?: number | null; currency?: string } };

const formFields = ['sku', 'title', 'browseCategory', 'price'] as const;

/** Drafts a listing by hand for a SKU without one. Field errors land on their fields; other refusals above the form. */
export function CreateListingForm({ onCreated, onCancel }: { onCreated: (listing: CreatedListing) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const categories = useBrowseCategories();
  const create = useCreateListing({
    mutationConfig: {
      onSuccess: onCreated,
      onError: (error) => {
        const { fields, other } = fieldErrors(problemOf(error), formFields);
        form.setFields(fields.map((f) => ({ ...f, name: f.name === 'price' ? ['price', 'amount'] : f.name })));
        setOtherErrors(other);
      },
    },
  });
  const problem = create.error ? problemOf(create.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ price: { currency: 'USD' } }}
      disabled={create.isPending}
      onFinish={(values) => {
        setOtherErrors([]);
        const amount = values.price?.amount;
        create.mutate({
          idempotencyKey,
          body: {
            sku: values.sku.trim(),
            title: values.title?.trim() ?? '',
            browseCategory: values.browseCategory?.trim() ?? '',
            price: amount === undefined || amount === null ? null : { amount, currency: values.price?.currency?.trim() ?? '' },
          },
        });
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={create.error} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item name="sku" label={t('listings.sku')} rules={[{ required: true, whitespace: true, message: t('listings.skuRequired') }]}>
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item name="title" label={t('listings.fields.title')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="browseCategory" label={t('listings.browseCategory')}>
        <PickOrAddSelect allowClear choices={categories.data ?? []} loading={categories.isFetching} />
      </Form.Item>
      <Space.Compact block>
        <NumberField name={['price', 'amount']} label={t('listings.price')} style={{ flex: 1 }} above={0} max={maxPrice} inputProps={{ step: 0.01 }} />
        <Form.Item name={['price', 'currency']} label={t('listings.currency')} style={{ width: 240 }} rules={[{ required: true, message: t('listings.currencyRequired') }]}>
          <CurrencySelect />
        </Form.Item>
      </Space.Compact>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('listings.create')}
        </Button>
      </Flex>
    </Form>
  );
}
