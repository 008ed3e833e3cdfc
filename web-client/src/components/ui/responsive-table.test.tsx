import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';

import { renderWithProviders, screen, setScreenWidth, within } from '@/testing/test-utils';

import { ResponsiveTable } from './responsive-table';

type Supplier = { id: string; name: string; country: string; score: number | null; status: string };

const suppliers: Supplier[] = [
  { id: '1', name: 'Ningbo Homeware Co.', country: 'CN', score: 89.45, status: 'Approved' },
  { id: '2', name: 'Hanoi Greenweave Textiles JSC', country: 'VN', score: null, status: 'Registered' },
  { id: '3', name: 'Dongguan Precision Plastics', country: 'CN', score: 75.95, status: 'Approved' },
];

const columns: ColumnsType<Supplier> = [
  { title: 'Name', dataIndex: 'name', key: 'name', sorter: (a, b) => a.name.localeCompare(b.name) },
  { title: 'Country', dataIndex: 'country', key: 'country', responsive: ['xl'] },
  { title: 'Status', key: 'status', render: (_, s) => <Tag>{s.status}</Tag> },
  { title: 'Score', key: 'score', render: (_, s) => s.score, sorter: (a, b) => (a.score ?? 0) - (b.score ?? 0) },
];

/** What a card says: each label with its value, as the person reads it. */
function fieldsOf(card: HTMLElement): Record<string, string> {
  const terms = within(card).queryAllByRole('term');
  return Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

/**
 * Picks `name` under "Sort by". The visible option, not its twin in AntD's screen-reader list (which comes
 * first and ignores the pointer while the list is reopening).
 */
async function sortBy(user: ReturnType<typeof renderWithProviders>['user'], name: string) {
  await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
  const options = await screen.findAllByRole('option', { name });
  const visible = options.find((option) => option.classList.contains('ant-select-item-option'));
  if (!visible) throw new Error(`no visible option ${name}`);
  await user.click(visible);
}

const cards = () => within(screen.getByRole('list', { name: 'Suppliers' })).getAllByRole('listitem');

describe('a responsive table', () => {
  it('is a table on a desktop, with a header per column and a row per record', () => {
    renderWithProviders(<ResponsiveTable<Supplier> rowKey="id" columns={columns} dataSource={suppliers} pagination={false} aria-label="Suppliers" />);

    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Status/ })).toBeInTheDocument();
    // The header row and three records.
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('is a list of cards on a phone: the first column heads each card, the others are labelled beneath', () => {
    setScreenWidth(390);
    renderWithProviders(<ResponsiveTable<Supplier> rowKey="id" columns={columns} dataSource={suppliers} pagination={false} aria-label="Suppliers" />);

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cards()).toHaveLength(3);
    const [ningbo, hanoi] = cards();
    if (!ningbo || !hanoi) throw new Error('two cards expected');
    expect(within(ningbo).getByText('Ningbo Homeware Co.')).toBeInTheDocument();
    // Every column, even one the table leaves out below 1200 px; the name is the heading, not a field.
    expect(fieldsOf(ningbo)).toEqual({ Country: 'CN', Status: 'Approved', Score: '89.45' });
    // A column with nothing to say for this record is left out rather than shown empty.
    expect(fieldsOf(hanoi)).toEqual({ Country: 'VN', Status: 'Registered' });
  });

  it('offers the sortable columns as a "Sort by" choice on a phone and sorts by it', async () => {
    setScreenWidth(390);
    const { user } = renderWithProviders(
      <ResponsiveTable<Supplier> rowKey="id" columns={columns} dataSource={suppliers} pagination={false} aria-label="Suppliers" />,
    );
    const names = () => cards().map((card) => card.firstElementChild?.firstElementChild?.textContent);
    expect(names()).toEqual(['Ningbo Homeware Co.', 'Hanoi Greenweave Textiles JSC', 'Dongguan Precision Plastics']);

    await sortBy(user, 'Score, descending');
    expect(names()).toEqual(['Ningbo Homeware Co.', 'Dongguan Precision Plastics', 'Hanoi Greenweave Textiles JSC']);

    await sortBy(user, 'Name, ascending');
    expect(names()).toEqual(['Dongguan Precision Plastics', 'Hanoi Greenweave Textiles JSC', 'Ningbo Homeware Co.']);
  });

  it('reports a sort chosen on a phone the way a table reports a header click, for lists the server sorts', async () => {
    setScreenWidth(390);
    const onChange = vi.fn();
    const serverSorted: ColumnsType<Supplier> = [
      { title: 'Name', dataIndex: 'name', key: 'name', sorter: true, sortOrder: null },
      { title: 'Score', key: 'weightedScore', render: (_, s) => s.score, sorter: true, sortOrder: 'ascend' },
    ];
    const { user } = renderWithProviders(
      <ResponsiveTable<Supplier> rowKey="id" columns={serverSorted} dataSource={suppliers} onChange={onChange} pagination={false} aria-label="Suppliers" />,
    );

    // The page's own sort shows as chosen.
    expect(screen.getByTitle('Score, ascending')).toBeInTheDocument();
    await sortBy(user, 'Name, descending');

    expect(onChange).toHaveBeenCalledTimes(1);
    const [, , sorter, extra] = onChange.mock.calls[0] ?? [];
    expect(sorter).toMatchObject({ columnKey: 'name', order: 'descend' });
    expect(extra).toMatchObject({ action: 'sort' });
  });

  it("pages a server's list on a phone: its total, and the page asked for", async () => {
    setScreenWidth(390);
    const onPage = vi.fn();
    const { user } = renderWithProviders(
      <ResponsiveTable<Supplier>
        rowKey="id"
        columns={columns}
        dataSource={suppliers}
        aria-label="Suppliers"
        pagination={{ current: 1, pageSize: 3, total: 7, showTotal: (total) => `${total} in total`, onChange: onPage }}
      />,
    );

    expect(screen.getByText('7 in total')).toBeInTheDocument();
    await user.click(screen.getByTitle('Next Page'));
    expect(onPage).toHaveBeenCalledWith(2, 3);
  });

  it('says why a list is empty, on a phone as on a desktop', () => {
    setScreenWidth(390);
    renderWithProviders(<ResponsiveTable<Supplier> rowKey="id" columns={columns} dataSource={[]} locale={{ emptyText: 'No supplier matches' }} />);

    expect(screen.getByText('No supplier matches')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });
});
