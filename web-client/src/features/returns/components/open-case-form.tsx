import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useWarehouses } from '../api/get-warehouses';
import { useOpenReimbursementCase, type OpenedCase } from '../api/open-reimbursement';
import { useReportShipmentReceived, type ShipmentReconciliation } from '../api/report-shipment';

type What = 'Lost' | 'Damaged' | 'InboundShortfall';
type Line = { sku?: string; quantityShipped?: number; quantityReceived?: number };
type Values = {
  what: What; warehouseId?: string; sku?: string; quantity?: number; evidence?: string; evidenceRefs?: string; writeOff?: boolean;
  shipmentReference?: string; lines?: Line[];
};

const caseFields = ['warehouseId', 'sku', 'quantity', 'kind', 'evidence', 'evidenceRefs', 'writeOff'];
const reportFields = ['warehouseId', 'shipmentReference', 'lines', 'lines.*.sku', 'lines.*.quantityShipped', 'lines.*.quantityReceived'];

/**
 * Opens a reimbursement case: stock lost or damaged in an FBA fulfilment centre (with the evidence, and optionally written
 * off on-hand stock), or an inbound shipment received short (its report: each SKU received short becomes a case). Field
 * errors land on their fields; a rule's refusal (not an FBA warehouse, a unit cost unknown) above the form.
 */
export function OpenCaseForm({
  onOpened, onReported, onCancel,
}: { onOpened: (opened: OpenedCase) => void; onReported: (reconciliation: ShipmentReconciliation) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const what = Form.useWatch('what', form) ?? 'Lost';
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const warehouses = useWarehouses();
  const fba = (warehouses.data ?? []).filter((w) => w.type === 'FbaFulfilmentCentre');
  const refused = (fields: string[]) => (error: unknown) => {
    const other = applyFieldErrors(form, error, fields, what === 'InboundShortfall' ? {} : { kind: 'what' });
    setOtherErrors(other);
    if (!problemOf(error).errors || other.length > 0) setRefusal(error);
  };
  const open = useOpenReimbursementCase({ mutationConfig: { onSuccess: onOpened, onError: refused([...caseFields, 'what']) } });
  const report = useReportShipmentReceived({ mutationConfig: { onSuccess: onReported, onError: refused(reportFields) } });
  const required = [{ required: true, message: t('returns.openCase.required') }];

  const submit = (v: Values) => {
    setRefusal(null);
    setOtherErrors([]);
    if (v.what === 'InboundShortfall') {
      report.mutate({
        warehouseId: v.warehouseId ?? '',
        shipmentReference: v.shipmentReference?.trim() ?? '',
        lines: (v.lines ?? []).map((l) => ({ sku: l.sku?.trim() ?? '', quantityShipped: l.quantityShipped ?? 0, quantityReceived: l.quantityReceived ?? 0 })),
      });
      return;
    }
    open.mutate({
      idempotencyKey,
      body: {
        warehouseId: v.warehouseId ?? '',
        sku: v.sku?.trim() ?? '',
        quantity: v.quantity ?? 0,
        kind: v.what,
        evidence: v.evidence?.trim() ?? '',
        evidenceRefs: (v.evidenceRefs ?? '').split('\n').map((r) => r.trim()).filter(Boolean),
        writeOff: !!v.writeOff,
      },
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ what: 'Lost', writeOff: false, lines: [{}] }}
      disabled={open.isPending || report.isPending}
      onFinish={submit}
    >
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item name="what" label={t('returns.openCase.what')}>
        <Radio.Group
          optionType="button"
          options={(['Lost', 'Damaged', 'InboundShortfall'] as const).map((k) => ({ value: k, label: t(`returns.openCase.whats.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="warehouseId" label={t('returns.openCase.warehouse')} rules={required} extra={t('returns.openCase.warehouseHelp')}>
        <Select
          aria-label={t('returns.openCase.warehouse')}
          loading={warehouses.isPending}
          virtual={false}
          options={fba.map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
        />
      </Form.Item>
      {what === 'InboundShortfall' ? (
        <>
          <Form.Item name="shipmentReference" label={t('returns.openCase.shipmentReference')} rules={required}>
            <Input maxLength={64} placeholder="FBA17XYZ1234" />
          </Form.Item>
          <Form.List name="lines">
            {(lines, { add, remove }, { errors }) => (
              <Flex vertical gap={0}>
                {lines.map((line, index) => (
                  <Flex key={line.key} gap={8} align="start" wrap>
                    <Form.Item name={[line.name, 'sku']} label={t('returns.openCase.lineSku', { n: index + 1 })} rules={required}>
                      <Input maxLength={64} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[line.name, 'quantityShipped']} label={t('returns.openCase.lineShipped', { n: index + 1 })} rules={required}>
                      <InputNumber min={1} precision={0} />
                    </Form.Item>
                    <Form.Item name={[line.name, 'quantityReceived']} label={t('returns.openCase.lineReceived', { n: index + 1 })} rules={required}>
                      <InputNumber min={0} precision={0} />
                    </Form.Item>
                    {lines.length > 1 ? (
                      <Button type="text" aria-label={t('returns.openCase.removeLine', { n: index + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(line.name)} style={{ marginTop: 30 }} />
                    ) : null}
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                  {t('returns.openCase.addLine')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </>
      ) : (
        <>
          <Flex gap={12} wrap>
            <Form.Item name="sku" label={t('returns.openCase.sku')} rules={required}>
              <Input maxLength={64} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="quantity" label={t('returns.openCase.quantity')} rules={required}>
              <InputNumber min={1} precision={0} />
            </Form.Item>
          </Flex>
          <Form.Item name="evidence" label={t('returns.openCase.evidence')} rules={required} extra={t('returns.openCase.evidenceHelp')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="evidenceRefs" label={t('returns.openCase.evidenceRefs')} extra={t('returns.openCase.evidenceRefsHelp')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="writeOff" valuePropName="checked">
            <Checkbox>{t('returns.openCase.writeOff')}</Checkbox>
          </Form.Item>
        </>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={open.isPending || report.isPending}>
          {what === 'InboundShortfall' ? t('returns.openCase.report') : t('returns.openCase.open')}
        </Button>
      </Flex>
    </Form>
  );
}
