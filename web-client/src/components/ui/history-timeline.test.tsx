import { i18n } from '@/i18n';
import { historyEntry } from '@/testing/mocks/history';
import { renderWithProviders, screen, within } from '@/testing/test-utils';

import { HistoryTimeline, type HistoryVocabulary } from './history-timeline';

const supplierWords: HistoryVocabulary = {
  fields: { status: 'Status', documents: 'Documents', 'documents.status': 'Expiry', 'contact.email': 'Contact email' },
  values: { status: { Evaluated: 'Evaluated', Approved: 'Approved' }, 'documents.status': { Valid: 'Valid', Expiring: 'Expiring soon' } },
  hidden: ['latestEvaluation'],
};

const approved = historyEntry(
  3,
  'SupplierApproved',
  { supplierId: 's-1', grade: 'A', approvedBy: 'li.na@shop.example' },
  '2030-11-04T14:05:00Z',
  'li.na@shop.example',
  {
    by: { kind: 'Person', id: 'li.na@shop.example', name: 'Li Na' },
    changes: [
      { field: 'status', before: 'Evaluated', after: 'Approved' },
      { field: 'creditLimit', before: { amount: 5000, currency: 'USD' }, after: { amount: 12500, currency: 'USD' } },
      { field: 'contact.email', before: 'li.wei@bright.example', after: null },
      { field: 'latestEvaluation.grade', before: 'B', after: 'A' },
    ],
  },
);

const expiring = historyEntry(4, 'QualificationDocumentExpiring', { documentId: 'd-1' }, '2030-12-01T00:00:00Z', 'ops:deadline', {
  by: { kind: 'System', id: 'ops:deadline', name: 'system: document expiry timer' },
  changes: [
    { field: 'documents.status', item: 'Business licence', before: 'Valid', after: 'Expiring' },
    { field: 'documents', added: [{ documentId: 'd-2', name: 'ISO 9001', status: 'Valid' }], removed: [] },
  ],
});

/** The two entries, newest first. */
async function entries(): Promise<[HTMLElement, HTMLElement]> {
  const [newest, older] = await screen.findAllByTestId('history-entry');
  if (!newest || !older) throw new Error('Expected two history entries');
  return [newest, older];
}

const sentences = (entry: HTMLElement) => within(entry).queryAllByRole('listitem').map((li) => li.textContent);

function show(vocabulary: HistoryVocabulary = supplierWords) {
  return renderWithProviders(<HistoryTimeline entries={[approved, expiring]} vocabulary={vocabulary} />);
}

describe('HistoryTimeline', () => {
  it('tells each change as a sentence with its value before and after, in the app’s words and formats', async () => {
    show();

    const [newest, older] = await entries();
    expect(within(newest).getByRole('strong')).toHaveTextContent('Qualification document expiring');
    expect(sentences(newest)).toEqual(['Documents › Expiry (Business licence): Valid → Expiring soon', 'Documents: added ISO 9001']);
    expect(sentences(older)).toEqual([
      'Status: Evaluated → Approved',
      'Credit limit: US$5,000.00 → US$12,500.00',
      'Contact email: li.wei@bright.example → —',
    ]);
  });

  it('names who acted — the person, or the system timer by its label — never the stored user name', async () => {
    show();

    const [newest, older] = await entries();
    expect(newest).toHaveTextContent('by system: document expiry timer');
    expect(older).toHaveTextContent('by Li Na');
    expect(older).not.toHaveTextContent('li.na@shop.example');
    expect(newest).not.toHaveTextContent('ops:deadline');
  });

  it('shows the time in the user’s time zone and language', async () => {
    vi.stubEnv('TZ', 'Asia/Shanghai');
    try {
      show();
      const [, older] = await entries();
      // 14:05 UTC is 22:05 in Shanghai.
      expect(older).toHaveTextContent('4 Nov 2030, 22:05');

      await i18n.changeLanguage('zh');
      const [, olderInChinese] = await entries();
      expect(olderInChinese).toHaveTextContent('操作人：Li Na · 2030年11月4日 22:05');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('shows the stored event only in the developer view, and remembers the choice', async () => {
    const { user, unmount } = show();

    await screen.findAllByTestId('history-entry');
    expect(screen.queryByTestId('history-raw')).not.toBeInTheDocument();
    expect(screen.queryByText(/supplier_approved/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Developer view (stored events)' }));
    const raw = screen.getAllByTestId('history-raw');
    expect(raw).toHaveLength(2);
    expect(raw[1]).toHaveTextContent('"type": "supplier_approved"');
    expect(raw[1]).toHaveTextContent('"approvedBy": "li.na@shop.example"');
    expect(raw[1]).toHaveTextContent('"correlationId": null');

    unmount();
    show();
    expect(await screen.findAllByTestId('history-raw')).toHaveLength(2);
    expect(screen.getByRole('switch', { name: 'Developer view (stored events)' })).toBeChecked();
  });
});
