import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ResponsiveTable } from '@/components/ui/responsive-table';
import { currentLanguage } from '@/i18n';
import type { components } from '@/lib/api/schema';
import { useCan } from '@/lib/auth';
import { formatDate, formatDateTime } from '@/lib/format';

import type { SupplierDetails } from '../api/get-supplier';

import { EvaluateDialog } from './evaluate-dialog';
import { formatScore } from './format';
import { scoreNames, type ScoreName } from './scores';
import { GradeTag } from './tags';

// ECharts loads only when a supplier with an evaluation is shown.
const ScoreRadar = lazy(() => import('./score-radar'));

type Evaluation = components['schemas']['SupplierEvaluation'];

/** The supplier's evaluations (newest first), the latest one's scores as a radar, and "Evaluate". */
export function EvaluationsTab({ supplier }: { supplier: SupplierDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const canWrite = useCan('suppliers:write');
  const [evaluating, setEvaluating] = useState(false);
  const evaluations = [...supplier.evaluations].sort((a, b) => b.evaluatedAt.localeCompare(a.evaluatedAt));
  const latest = supplier.latestEvaluation ?? evaluations[0] ?? null;
  const labels = useMemo(
    () => Object.fromEntries(scoreNames.map((name) => [name, t(`suppliers.evaluations.scores.${name}`)])) as Record<ScoreName, string>,
    [t],
  );

  const columns: ColumnsType<Evaluation> = [
    { title: t('suppliers.evaluations.evaluatedAt'), key: 'evaluatedAt', render: (_, e) => formatDateTime(e.evaluatedAt, language) },
    ...scoreNames.map((name) => ({
      title: labels[name],
      key: name,
      align: 'right' as const,
      render: (_: unknown, e: Evaluation) =>
        name === 'quality' && e.adjustedQualityScore !== e.scores.quality ? (
          <Tooltip
            title={`${t('suppliers.evaluations.adjustedQuality')}: ${t('suppliers.evaluations.adjustedQualityHelp', {
              count: e.qualityIncidentsCounted,
              penalty: e.qualityPenaltyPerIncident,
            })}`}
          >
            <span>
              {e.scores.quality} → {e.adjustedQualityScore}
            </span>
          </Tooltip>
        ) : (
          e.scores[name]
        ),
    })),
    { title: t('suppliers.evaluations.total'), key: 'total', align: 'right', render: (_, e) => formatScore(e.weightedScore, language) },
    { title: t('suppliers.evaluations.grade'), key: 'grade', render: (_, e) => <GradeTag grade={e.grade} /> },
    { title: t('suppliers.evaluations.evaluatedBy'), key: 'evaluatedBy', dataIndex: 'evaluatedBy' },
    { title: t('suppliers.evaluations.notes'), key: 'notes', render: (_, e) => e.notes ?? t('common.noValue') },
  ];

  const chartLabel = latest
    ? t('suppliers.evaluations.latestChart', {
        date: formatDate(latest.evaluatedAt, language) ?? '',
        scores: scoreNames.map((name) => `${labels[name]} ${latest.scores[name]}`).join(', '),
      })
    : '';

  return (
    <Flex vertical gap={16}>
      {canWrite && supplier.status !== 'Rejected' ? (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEvaluating(true)}>
            {t('suppliers.evaluations.evaluate')}
          </Button>
        </Flex>
      ) : null}
      {latest ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card size="small">
              <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 300 }} />}>
                <ScoreRadar scores={latest.scores} labels={labels} label={chartLabel} seriesName={t('suppliers.evaluations.total')} language={language} />
              </Suspense>
            </Card>
          </Col>
          <Col xs={24}>
            <ResponsiveTable<Evaluation>
              rowKey="evaluationId"
              size="small"
              columns={columns}
              dataSource={evaluations}
              pagination={false}
            />
          </Col>
        </Row>
      ) : (
        <Empty description={t('suppliers.evaluations.empty')} />
      )}
      {evaluating ? <EvaluateDialog supplier={supplier} onClose={() => setEvaluating(false)} /> : null}
    </Flex>
  );
}
