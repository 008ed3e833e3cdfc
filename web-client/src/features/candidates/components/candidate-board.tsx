import { Badge, Button, Card, Empty, Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { useViewport } from '@/lib/responsive';
import { SearchBox } from '@/components/ui/search-box';

import { useCandidateCategories } from '../api/get-categories';
import { candidateStages, useCandidatesColumn, type CandidateStage, type CandidateSummary } from '../api/get-candidates';

const pageSize = 20;
const columnWidth = 264;

type Filters = { search?: string; category?: string };

/** The funnel: one column per stage, each paged by the server; search and category apply to every column. */
export function CandidateBoard() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const categories = useCandidateCategories();
  const phone = useViewport() === 'phone';

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <SearchBox
          label={t('candidates.board.search')}
          onSearch={(value) => setFilters((f) => ({ ...f, search: value }))}
        />
        <Select<string>
          allowClear
          showSearch
          aria-label={t('candidates.board.category')}
          placeholder={t('candidates.board.categoryPlaceholder')}
          style={{ width: 220 }}
          loading={categories.isFetching}
          options={(categories.data ?? []).map((category) => ({ value: category, label: category }))}
          notFoundContent={t('common.noMatch')}
          value={filters.category}
          onChange={(category?: string) => setFilters((f) => ({ ...f, category }))}
        />
      </Flex>
      {phone ? (
        // A phone: the stages one under another, each as wide as the screen.
        <Flex vertical gap={12}>
          {candidateStages.map((stage) => (
            <StageColumn key={stage} stage={stage} filters={filters} />
          ))}
        </Flex>
      ) : (
        // Wider than a tablet: the columns scroll sideways rather than squeeze.
        <div style={{ overflowX: 'auto', paddingBottom: 8 }}>
          <Flex gap={12} align="start" style={{ minWidth: candidateStages.length * (columnWidth + 12) }}>
            {candidateStages.map((stage) => (
              <StageColumn key={stage} stage={stage} filters={filters} width={columnWidth} />
            ))}
          </Flex>
        </div>
      )}
    </Flex>
  );
}

/** A stage's column: `width` pixels wide on the board, or as wide as its container when stacked. */
function StageColumn({ stage, filters, width }: { stage: CandidateStage; filters: Filters; width?: number }) {
  const { t } = useTranslation();
  const column = useCandidatesColumn({ stage, pageSize, ...filters });
  const items = column.data?.pages.flatMap((p) => p.items) ?? [];
  const total = column.data?.pages[0]?.totalItems ?? 0;
  const label = t(`candidates.stages.${stage}`);

  return (
    <section aria-label={t('candidates.board.column', { stage: label })} style={width ? { width, flex: `0 0 ${width}px` } : undefined}>
      <Card
        size="small"
        title={
          <Flex justify="space-between" align="center">
            <span>{label}</span>
            <Badge count={formatNumber(total, currentLanguage())} overflowCount={Number.MAX_SAFE_INTEGER} showZero color="#8c8c8c" aria-label={t('candidates.board.count', { count: total })} />
          </Flex>
        }
        styles={{ body: { padding: 8, background: '#fafafa' } }}
      >
        {column.isError ? <ProblemAlert error={column.error} /> : null}
        {column.isPending ? (
          <Flex justify="center" style={{ padding: 16 }}>
            <Spin aria-label={t('common.loading')} />
          </Flex>
        ) : items.length === 0 && !column.isError ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('candidates.board.empty')} />
        ) : (
          <Flex vertical gap={8} role="list">
            {items.map((candidate) => (
              <CandidateCard key={candidate.id} candidate={candidate} />
            ))}
          </Flex>
        )}
        {column.hasNextPage ? (
          <Button block type="link" loading={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()}>
            {t('candidates.board.more')}
          </Button>
        ) : null}
      </Card>
    </section>
  );
}

/** The margin is known once a screening has estimated it. */
const lastMargin = (candidate: CandidateSummary): number | null => candidate.screenings.at(-1)?.estimate.perUnit.marginPercent ?? null;

function CandidateCard({ candidate }: { candidate: CandidateSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const margin = lastMargin(candidate);
  return (
    <Card size="small" role="listitem">
      <Link to={paths.selection.candidate.getHref(candidate.id)}>
        <Typography.Text strong>{candidate.name}</Typography.Text>
      </Link>
      <div>
        <Typography.Text type="secondary">{candidate.category}</Typography.Text>
      </div>
      <Flex justify="space-between" wrap gap={4}>
        <Typography.Text>
          {t('candidates.board.targetPrice')}: {formatMoney(candidate.numbers.targetPrice, language)}
        </Typography.Text>
        {margin !== null ? (
          <Typography.Text>
            {t('candidates.board.margin')}: {formatPercent(margin / 100, language)}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
