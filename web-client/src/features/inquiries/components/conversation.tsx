import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { InquiryDetails } from '../api/get-inquiry';

type Turn =
  | { kind: 'customer'; at: string; text: string; key: string }
  | { kind: 'response'; at: string; response: InquiryDetails['responses'][number]; key: string };

/**
 * The conversation in order: the customer's message, our responses (the one that stopped the clocks marked, a cited
 * standard answer and quality review shown), and each message that reopened the inquiry.
 */
export function Conversation({ inquiry }: { inquiry: InquiryDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const turns: Turn[] = [
    { kind: 'customer' as const, at: inquiry.receivedAt, text: inquiry.message.body, key: 'message' },
    ...inquiry.reopenings.map((r, i) => ({ kind: 'customer' as const, at: r.receivedAt, text: r.message, key: `reopen-${i}` })),
    ...inquiry.responses.map((r) => ({ kind: 'response' as const, at: r.respondedAt, response: r, key: `response-${r.number}` })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  return (
    <Flex vertical gap={8}>
      {turns.map((turn) =>
        turn.kind === 'customer' ? (
          <Card
            key={turn.key}
            size="small"
            title={t('inquiries.customerWrote')}
            extra={<Typography.Text type="secondary">{formatDateTime(turn.at, language)}</Typography.Text>}
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{turn.text}</Typography.Paragraph>
          </Card>
        ) : (
          <Card
            key={turn.key}
            size="small"
            style={{ marginLeft: 32 }}
            title={t('inquiries.weAnswered')}
            extra={
              <Typography.Text type="secondary">{`${turn.response.respondedBy} · ${formatDateTime(turn.response.respondedAt, language)}`}</Typography.Text>
            }
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{turn.response.text}</Typography.Paragraph>
            <Flex gap={4} wrap>
              {turn.response.stoppedClocks ? <Tag color="blue">{t('inquiries.firstResponse')}</Tag> : null}
              {turn.response.citedAnswer ? (
                <Tag>{t('inquiries.citedAnswer', { question: turn.response.citedAnswer.question, version: turn.response.citedAnswer.version })}</Tag>
              ) : null}
              {turn.response.review ? (
                <Tag color={turn.response.review.accurate ? 'green' : 'red'}>
                  {turn.response.review.accurate ? t('inquiries.reviewedAccurate') : t('inquiries.reviewedInaccurate')}
                  {turn.response.review.note ? `: ${turn.response.review.note}` : ''}
                </Tag>
              ) : null}
            </Flex>
          </Card>
        ),
      )}
    </Flex>
  );
}
