import { Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { NumberField } from '@/components/ui/number-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { applyFieldErrors, isValidationProblem, problemOf } from '@/lib/problem';

import { useEvaluateSupplier } from '../api/evaluate-supplier';
import type { SupplierDetails } from '../api/get-supplier';

import { formatScore } from './format';
import { scoreNames, type SupplierScores } from './scores';

type Values = { scores: SupplierScores; notes?: string };

const fieldPatterns = ['scores', ...scoreNames.map((s) => `scores.${s}`), 'notes'];

/** Scores the supplier 0–100 on the seven criteria; the server weighs them into a score and a grade. */
export function EvaluateDialog({ supplier, onClose }: { supplier: SupplierDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const evaluate = useEvaluateSupplier({
    mutationConfig: {
      onSuccess: (changed) => {
        notify.success(
          t('suppliers.evaluations.evaluated', {
            grade: changed.latestEvaluation?.grade ?? changed.grade ?? '',
            score: formatScore(changed.latestEvaluation?.weightedScore ?? changed.weightedScore, currentLanguage()) ?? '',
          }),
        );
        onClose();
      },
      onError: (error) => setOtherErrors(applyFieldErrors(form, error, fieldPatterns)),
    },
  });
  const problem = evaluate.error ? problemOf(evaluate.error) : null;
  const showAlert = problem !== null && (!isValidationProblem(problem) || otherErrors.length > 0);

  return (
    <Modal
      open
      title={t('suppliers.evaluations.evaluateTitle', { name: supplier.name })}
      okText={t('suppliers.evaluations.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={evaluate.isPending}
      width={640}
      destroyOnHidden
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={evaluate.error} extra={otherErrors} />
        </div>
      ) : null}
      <Typography.Paragraph type="secondary">{t('suppliers.evaluations.scoresHelp')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ scores: supplier.latestEvaluation?.scores }}
        onFinish={(values) => {
          setOtherErrors([]);
          evaluate.mutate({ id: supplier.id, version: supplier.version, body: { scores: values.scores, notes: values.notes?.trim() || null } });
        }}
      >
        <Row gutter={16}>
          {scoreNames.map((name) => (
            <Col key={name} xs={24} sm={12}>
              <NumberField
                name={['scores', name]}
                label={t(`suppliers.evaluations.scores.${name}`)}
                rules={[{ required: true, message: t('suppliers.evaluations.scoreRequired') }]}
                min={0}
                max={100}
                integer
              />
            </Col>
          ))}
        </Row>
        <Form.Item name="notes" label={t('suppliers.evaluations.notes')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
