import { Badge, Button, Card, Empty, Flex, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { PeriodFilterTag } from '@/components/ui/period-filter-tag';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { oneOf } from '@/lib/address';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { useViewport } from '@/lib/responsive';
import { SearchBox } from '@/components/ui/search-box';

import { useCandidateCategories } from '../api/get-categories';
import {
  candidateActivities,
  candidateStages,
  useCandidatesColumn,
  type CandidateActivity,
  type CandidateStage,
  type CandidateSummary,
} from '../api/get-candidates';

const pageSize = 20;
const columnWidth = 264;

/** The stages a candidate leaves the funnel at: folded under the board until opened. */
const closedStages: readonly CandidateStage[] = ['Approved', 'Rejected', 'Shelved'];
const openStages = candidateStages.filter((stage) => !closedStages.includes(stage));

type Filters = { search?: string; category?: string; activity?: CandidateActivity; from?: string; to?: string };

/**
 * The filters an address carries (where a KPI tile links: the candidates behind its figure): `stage` shows that stage
 * alone; `category`, `search`, and `activity` with `from`/`to` (what they went through within a period) filter every column.
 */
const addressFilters = (params: URLSearchParams): { stage?: CandidateStage; filters: Filters } => ({
  stage: oneOf(params, 'stage', candidateStages),
  filters: {
    search: params.get('search')?.trim() || undefined,
    category: params.get('category')?.trim() || undefined,
    activity: oneOf(params, 'activity', candidateActivities),
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  },
});

/** The funnel: one column per stage, each paged by the server; search, category and period apply to every column. */
export function CandidateBoard() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const address = searchParams.toString();
  const [filters, setFilters] = useState<Filters>(() => addressFilters(searchParams).filters);
  const [onlyStage, setOnlyStage] = useState<CandidateStage | undefined>(() => addressFilters(searchParams).stage);
  const categories = useCandidateCategories();
  const phone = useViewport() === 'phone';

  // Following another link to this page with other filters in its address applies them.
  const [seenAddress, setSeenAddress] = useState(address);
  if (seenAddress !== address) {
    const fromAddress = addressFilters(searchParams);
    setSeenAddress(address);
    setFilters(fromAddress.filters);
    setOnlyStage(fromAddress.stage);
  }

  const shownOpen = onlyStage ? openStages.filter((stage) => stage === onlyStage) : openStages;
  const shownClosed = onlyStage ? closedStages.filter((stage) => stage === onlyStage) : closedStages;

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
        {onlyStage ? (
          <Tag closable color="blue" onClose={() => setOnlyStage(undefined)} style={{ alignSelf: 'center' }} data-testid="stage-filter">
            {t('candidates.board.stageFilter', { stage: t(`candidates.stages.${onlyStage}`) })}
          </Tag>
        ) : null}
        {filters.activity ? (
          <PeriodFilterTag
            activity={t(`candidates.activities.${filters.activity}`)}
            from={filters.from}
            to={filters.to}
            onClose={() => setFilters((f) => ({ ...f, activity: undefined, from: undefined, to: undefined }))}
          />
        ) : null}
      </Flex>
      {phone ? (
        // A phone: the stages one under another, each as wide as the screen.
        <Flex vertical gap={12}>
          {shownOpen.map((stage) => (
            <StageColumn key={stage} stage={stage} filters={filters} />
          ))}
        </Flex>
      ) : (
        // Wider than a tablet: the columns scroll sideways rather than squeeze.
        <div style={{ overflowX: 'auto', paddingBottom: 8 }}>
          <Flex gap={12} align="start" style={{ minWidth: shownOpen.length * (columnWidth + 12) }}>
            {shownOpen.map((stage) => (
              <StageColumn key={stage} stage={stage} filters={filters} width={columnWidth} />
            ))}
          </Flex>
        </div>
      )}
      <Flex gap={12} vertical={phone} align="start" wrap>
        {shownClosed.map((stage) => (
          // A closed stage asked for by the address opens unfolded.
          <StageColumn key={stage} stage={stage} filters={filters} width={phone ? undefined : columnWidth} foldable={stage !== onlyStage} />
        ))}
      </Flex>
    </Flex>
  );
}

/**
 * A stage's column: `width` pixels wide on the board, or as wide as its container when stacked. A `foldable` one (a
 * closed stage) shows only its name and count until opened; its candidates are read once it is.
 */
function StageColumn({ stage, filters, width, foldable = false }: { stage: CandidateStage; filters: Filters; width?: number; foldable?: boolean }) {
  const { t } = useTranslation();
  const [unfolded, setUnfolded] = useState(!foldable);
  const column = useCandidatesColumn({ stage, pageSize: unfolded ? pageSize : 1, ...filters });
  const items = column.data?.pages.flatMap((p) => p.items) ?? [];
  const total = column.data?.pages[0]?.totalItems ?? 0;
  const label = t(`candidates.stages.${stage}`);
  const bodyId = `stage-${stage}`;

  return (
    <section aria-label={t('candidates.board.column', { stage: label })} style={width ? { width, flex: `0 0 ${width}px` } : { width: '100%' }}>
      <Card
        size="small"
        title={
          <Flex justify="space-between" align="center" gap={8}>
            <span>{label}</span>
            <Flex align="center" gap={8}>
              <Badge count={formatNumber(total, currentLanguage())} overflowCount={Number.MAX_SAFE_INTEGER} showZero color="#8c8c8c" aria-label={t('candidates.board.count', { count: total })} />
              {foldable ? (
                <Button
                  size="small"
                  type="link"
                  aria-expanded={unfolded}
                  aria-controls={bodyId}
                  aria-label={t(unfolded ? 'candidates.board.fold' : 'candidates.board.unfold', { stage: label })}
                  onClick={() => setUnfolded((u) => !u)}
                >
                  {unfolded ? t('candidates.board.hide') : t('candidates.board.show')}
                </Button>
              ) : null}
            </Flex>
          </Flex>
        }
        styles={{ body: unfolded ? { padding: 8, background: '#fafafa' } : { display: 'none' } }}
      >
        {unfolded ? (
          <div id={bodyId}>
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
          </div>
        ) : null}
      </Card>
    </section>
  );
}

/** Age, owner and margin: how long it has been in the funnel, whose it is, and what it earns once an estimate says. */
function CandidateCard({ candidate }: { candidate: CandidateSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const margin = candidate.marginPercent;
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
          {t('candidates.board.targetPrice')}: {formatMoney(candidate.targetPrice, language)}
        </Typography.Text>
        <Typography.Text title={candidate.marginBasis ? t(`candidates.board.marginFrom.${candidate.marginBasis}`) : t('candidates.board.marginUnknown')}>
          {t('candidates.board.margin')}: {margin === null || margin === undefined ? t('common.noValue') : formatPercent(margin / 100, language)}
        </Typography.Text>
      </Flex>
      <Flex justify="space-between" wrap gap={4}>
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: '60%' }} title={candidate.owner}>
          {t('candidates.board.owner')}: {candidate.owner}
        </Typography.Text>
        <Typography.Text type="secondary">{t('candidates.board.age', { count: candidate.ageDays, days: formatNumber(candidate.ageDays, language) })}</Typography.Text>
      </Flex>
    </Card>
  );
}
