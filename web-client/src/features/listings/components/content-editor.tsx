import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Divider, Empty, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '@/components/ui/currency-select';
import { NumberField } from '@/components/ui/number-field';
import { PickOrAddSelect } from '@/components/ui/pick-or-add-select';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNotify } from '@/components/ui/notifications';
import { problemOf } from '@/lib/problem';

import { useChangeListingContent, type ChangeListingContentInput } from '../api/change-listing-content';
import { useBrowseCategories } from '../api/get-browse-categories';
import type { ListingDetails } from '../api/get-listing';

import { attributeNames, bulletSlots, contentFieldErrors, maxPrice, toRequest, toValues, type ContentValues } from './content-form';

const imageRoles = ['Main', 'Secondary', 'Lifestyle', 'Infographic'] as const;

type ContentEditorProps = {
  listing: ListingDetails;
  canWrite: boolean;
  /** Mount the editor afresh from the listing's current content. */
  onReload: () => void;
  /** Every edit, as the body Save would send (for the quality check of what is being typed). */
  onEdit?: (body: ChangeListingContentInput) => void;
};

/**
 * The listing's whole content in one form. Save sends it with the version the person edited (If-Match); the server's
 * field errors land on their fields. Each edit goes to `onEdit` as the body Save would send, so the quality check
 * beside the form (the server's) follows what is typed. A newer content version (this person's save, or someone else's) reloads the form through `onReload` —
unless the person has unsaved edits and the version is someone else's: then their edits stay and an alert offers
the newer version instead (nothing typed is lost without asking).
 */
export const ContentEditor = memo(function ContentEditor({ listing, canWrite, onReload, onEdit }: ContentEditorProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<ContentValues>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const categories = useBrowseCategories();
  // What the last save sent, to place its field errors (read in the mutation's callback, so a ref rather than state).
  const sent = useRef<{ bulletSlotOf: number[]; imageCount: number }>({ bulletSlotOf: [], imageCount: 0 });
  // The content version the form was filled from, and the one this person's last save made.
  const [shownVersion] = useState(listing.contentVersion);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const newerElsewhere = listing.contentVersion !== shownVersion && listing.contentVersion !== savedVersion;
  useEffect(() => {
    if (listing.contentVersion === shownVersion) return;
    if (listing.contentVersion === savedVersion || !form.isFieldsTouched()) onReload();
  }, [listing.contentVersion, shownVersion, savedVersion, form, onReload]);
  const underReview = listing.status === 'Submitted' || listing.status === 'Relisted';
  const editable = canWrite && !underReview;

  const save = useChangeListingContent({
    mutationConfig: {
      onSuccess: (saved) => {
        setSavedVersion(saved.contentVersion);
        notify.success(
          saved.contentVersion === listing.contentVersion ? t('listings.contentUnchanged') : t('listings.contentSaved', { version: saved.contentVersion }),
        );
      },
      onError: (error) => {
        const { fields, other } = contentFieldErrors(problemOf(error), sent.current.bulletSlotOf, sent.current.imageCount);
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
        setOtherErrors(other);
      },
    },
  });
  const problem = save.error ? problemOf(save.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  const onFinish = (values: ContentValues) => {
    const { body, bulletSlotOf } = toRequest(values);
    sent.current = { bulletSlotOf, imageCount: body.images.length };
    setOtherErrors([]);
    save.mutate({ id: listing.id, version: listing.version, body });
  };

  return (
    <Form<ContentValues>
      form={form}
      layout="vertical"
      initialValues={toValues(listing.content)}
      disabled={!editable || save.isPending}
      onFinish={onFinish}
      onValuesChange={(_, values) => onEdit?.(toRequest(values).body)}
      aria-label={t('listings.editorTitle')}
    >
      {newerElsewhere ? (
        <Alert
          type="warning"
          showIcon
          title={t('listings.newerVersion', { version: listing.contentVersion })}
          action={
            <Button size="small" onClick={onReload} disabled={false}>
              {t('listings.loadNewerVersion')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {listing.status === 'Rejected' ? <Alert type="warning" showIcon title={t('listings.reviseAfterRejection')} style={{ marginBottom: 16 }} /> : null}
      {underReview ? <Alert type="info" showIcon title={t('listings.underReview')} style={{ marginBottom: 16 }} /> : null}
      {!canWrite ? <Alert type="info" showIcon title={t('listings.readOnly')} style={{ marginBottom: 16 }} /> : null}
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={save.error} extra={otherErrors} />
        </div>
      ) : null}

      <Divider titlePlacement="start">{t('listings.sections.text')}</Divider>
      <Form.Item name="title" label={t('listings.fields.title')}>
        <Input showCount maxLength={1000} />
      </Form.Item>
      {Array.from({ length: bulletSlots }, (_, i) => (
        <Form.Item key={i} name={['bullets', i]} label={t('listings.fields.bullet', { n: i + 1 })}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      ))}
      <Form.Item name="description" label={t('listings.fields.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="searchTerms" label={t('listings.fields.searchTerms')} extra={t('listings.fields.searchTermsHelp')}>
        <Input maxLength={2000} />
      </Form.Item>

      <Divider titlePlacement="start">{t('listings.sections.images')}</Divider>
      <Form.List name="images">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('listings.noImages')} /> : null}
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="bottom" wrap>
                <Col xs={24} md={10}>
                  <Form.Item name={[field.name, 'url']} label={t('listings.fields.imageUrl', { n: index + 1 })}>
                    <Input inputMode="url" placeholder="https://" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'role']} label={t('listings.fields.imageRole', { n: index + 1 })}>
                    <Select options={imageRoles.map((r) => ({ value: r, label: t(`listings.imageRoles.${r}`) }))} virtual={false} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={7}>
                  <Form.Item name={[field.name, 'altText']} label={t('listings.fields.imageAltText', { n: index + 1 })}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                {canWrite ? (
                  <Col xs={24} md={2}>
                    <Form.Item>
                      <Button
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('listings.removeImage', { n: index + 1 })}
                        title={t('listings.removeImage', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                ) : null}
              </Row>
            ))}
            {canWrite ? (
              <div>
              <Button
                type="dashed"
                disabled={!editable || fields.length >= 20}
                onClick={() => {
                  const images = form.getFieldValue('images') as ContentValues['images'];
                  const hasMain = (images ?? []).some((i) => i.role === 'Main');
                  add({ url: '', role: hasMain ? 'Secondary' : 'Main', altText: '' });
                }}
              >
                {t('listings.addImage')}
              </Button>
              </div>
            ) : null}
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start">{t('listings.sections.attributes')}</Divider>
      <Row gutter={16}>
        {attributeNames.map((name) => (
          <Col key={name} xs={24} sm={12} lg={8}>
            <Form.Item name={['attributes', name]} label={t(`listings.attributes.${name}`)}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        ))}
      </Row>

      <Divider titlePlacement="start">{t('listings.sections.commerce')}</Divider>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item name="browseCategory" label={t('listings.fields.browseCategory')}>
            <PickOrAddSelect allowClear choices={categories.data ?? []} loading={categories.isFetching} />
          </Form.Item>
        </Col>
        <Col xs={14} lg={7}>
          <NumberField name={['price', 'amount']} label={t('listings.fields.priceAmount')} above={0} max={maxPrice} inputProps={{ step: 0.01 }} />
        </Col>
        <Col xs={10} lg={5}>
          <Form.Item name={['price', 'currency']} label={t('listings.fields.currency')}>
            <CurrencySelect />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="targetKeywords" label={t('listings.fields.targetKeywords')} extra={t('listings.fields.targetKeywordsHelp')}>
        <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} />
      </Form.Item>

      {canWrite ? (
        <Flex justify="end" gap={8} align="center">
          <Typography.Text type="secondary">{t('listings.versionN', { n: listing.contentVersion })}</Typography.Text>
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!editable}>
            {t('listings.saveContent')}
          </Button>
        </Flex>
      ) : null}
    </Form>
  );
});
