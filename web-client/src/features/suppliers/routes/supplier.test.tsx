import { http } from 'msw';

import { i18n } from '@/i18n';
import { admin, aUser } from '@/testing/mocks/data';
import { aSupplier, aSupplierDocument, anEvaluatedSupplier, daysFromToday, seedSupplier, suppliersDb } from '@/testing/mocks/handlers/suppliers';
import { validationProblem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const opsManager = aUser({ email: 'olga@demo.ops', displayName: 'Olga Ops', roles: ['ops-manager'] });
const productManager = aUser({ email: 'lin@demo.ops', displayName: 'Lin Product', roles: ['product'] });
const gradeB = { qualification: 90, reputation: 80, capacity: 80, quality: 80, price: 70, leadTime: 80, afterSales: 80 };
const gradeC = { qualification: 60, reputation: 60, capacity: 60, quality: 60, price: 70, leadTime: 60, afterSales: 60 };

const open = (id: string) => renderApp(`/selection/suppliers/${id}`);
const heading = (name: string) => screen.findByRole('heading', { level: 3, name });
const standing = () => within(screen.getByTestId('supplier-standing'));

/** The If-Match headers of the POSTs the page sent. */
function recordIfMatch(): Array<string | null> {
  const seen: Array<string | null> = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST') seen.push(request.headers.get('If-Match'));
  });
  return seen;
}

describe('Supplier page', () => {
  beforeEach(() => signInAs(opsManager));

  it('shows the name, status and grade, and every field on the overview', async () => {
    const supplier = seedSupplier(
      anEvaluatedSupplier(gradeB, {
        name: 'Shenzhen Bright Co.',
        contact: { person: 'Wang Fang', email: 'wang@bright.example', phone: '+86 755 0000 1111' },
        monthlyCapacityUnits: 25000,
      }),
    );
    open(supplier.id);

    expect(await heading('Shenzhen Bright Co.')).toBeInTheDocument();
    expect(standing().getByText('Evaluated')).toBeInTheDocument();
    expect(standing().getByText('Grade B')).toBeInTheDocument();
    for (const text of ['Wang Fang', 'wang@bright.example', '+86 755 0000 1111', '25,000', '79.5', /China/, 'product@demo.ops']) {
      expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    }
  });

  it('evaluates with every score (sending the version seen) and shows the new evaluation, grade and chart', async () => {
    signInAs(productManager);
    const supplier = seedSupplier(aSupplier({ name: 'Yiwu Home Goods' }));
    const ifMatch = recordIfMatch();
    const { user } = open(supplier.id);
    await heading('Yiwu Home Goods');

    await user.click(screen.getByRole('tab', { name: 'Evaluations' }));
    expect(await screen.findByText('Not evaluated yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Evaluate/ }));
    const dialog = await findDialog('Evaluate Yiwu Home Goods');
    const values = { Qualification: 90, Reputation: 85, 'Production capacity': 80, 'Product quality': 95, Price: 85, 'Delivery lead time': 90, 'After-sales service': 80 };
    for (const [label, value] of Object.entries(values)) await user.type(within(dialog).getByLabelText(label), String(value));
    await user.type(within(dialog).getByLabelText('Notes'), 'Factory audit passed');
    await user.click(within(dialog).getByRole('button', { name: 'Save evaluation' }));

    expect(await screen.findByText('Evaluation saved: grade A, score 87.25')).toBeInTheDocument();
    expect(suppliersDb.suppliers[0]?.latestEvaluation?.scores).toEqual({
      qualification: 90, reputation: 85, capacity: 80, quality: 95, price: 85, leadTime: 90, afterSales: 80,
    });
    expect(ifMatch).toEqual(['"1"']);
    expect(standing().getByText('Grade A')).toBeInTheDocument();
    expect(standing().getByText('Evaluated')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /87\.25/ });
    expect(within(row).getByText('Factory audit passed')).toBeInTheDocument();
    // By label: a role query over a page holding the drawn chart is slow under jsdom.
    expect(await screen.findByLabelText(/Scores of the latest evaluation .*Qualification 90, Reputation 85/)).toHaveAttribute('role', 'img');
  });

  it('puts an out-of-range score refused by the server on its field', async () => {
    signInAs(productManager);
    const supplier = seedSupplier(anEvaluatedSupplier(gradeB, { name: 'Yiwu Home Goods' }));
    const { user } = open(supplier.id);
    await heading('Yiwu Home Goods');
    await user.click(screen.getByRole('tab', { name: 'Evaluations' }));
    await user.click(await screen.findByRole('button', { name: /Evaluate/ }));
    const dialog = await findDialog('Evaluate Yiwu Home Goods');
    const posts: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts.push(request.url);
    });
    // Out of range: the score stays as typed, with the field's own error, and nothing is sent.
    const priceInput = within(dialog).getByLabelText('Price');
    await user.clear(priceInput);
    await user.type(priceInput, '101');
    await user.click(within(dialog).getByRole('button', { name: 'Save evaluation' }));
    expect(await within(priceInput.closest('.ant-form-item') as HTMLElement).findByText('Enter a number from 0 to 100')).toBeInTheDocument();
    expect(priceInput).toHaveValue('101');
    expect(posts).toHaveLength(0);

    // The server's own refusal lands on the field too.
    await user.clear(priceInput);
    await user.type(priceInput, '70');
    server.use(
      http.post('/api/selection/suppliers/:id/evaluations', () =>
        validationProblem({ 'scores.price': ["'Price' must be between 0 and 100. You entered 101."] }),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save evaluation' }));

    const price = within(dialog).getByLabelText('Price').closest('.ant-form-item');
    expect(await within(price as HTMLElement).findByText("'Price' must be between 0 and 100. You entered 101.")).toBeInTheDocument();
  });

  it("shows the server's refusal in the dialog when approving a grade C supplier", async () => {
    const supplier = seedSupplier(anEvaluatedSupplier(gradeC, { name: 'Ningbo Parts' }));
    const { user } = open(supplier.id);
    await heading('Ningbo Parts');
    expect(standing().getByText('Grade C')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await findDialog('Approve Ningbo Parts');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('A grade C supplier can only be approved with conditions.')).toBeInTheDocument();
    expect(within(alert).getByText(/supplier\.grade_c_can_only_be_approved_conditionally/)).toBeInTheDocument();
    expect(suppliersDb.suppliers[0]?.status).toBe('Evaluated');
  });

  it('approves with conditions, then offers suspension; a suspended supplier is reinstated', async () => {
    const supplier = seedSupplier(anEvaluatedSupplier(gradeC, { name: 'Ningbo Parts' }));
    const ifMatch = recordIfMatch();
    const { user } = open(supplier.id);
    await heading('Ningbo Parts');
    expect(screen.queryByRole('button', { name: 'Suspend' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reinstate' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve with conditions' }));
    const dialog = await findDialog('Approve Ningbo Parts with conditions');
    await user.type(within(dialog).getByLabelText('Conditions'), 'Third-party inspection of every shipment');
    await user.click(within(dialog).getByRole('button', { name: 'Approve with conditions' }));

    expect(await screen.findByText('Ningbo Parts approved with conditions')).toBeInTheDocument();
    expect(standing().getByText('Conditionally approved')).toBeInTheDocument();
    expect(suppliersDb.suppliers[0]).toMatchObject({ status: 'Conditional', conditions: 'Third-party inspection of every shipment' });

    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    const suspend = await findDialog('Suspend Ningbo Parts');
    await user.type(within(suspend).getByLabelText('Reason'), 'Late deliveries');
    await user.click(within(suspend).getByRole('button', { name: 'Suspend' }));

    expect(await screen.findByText('Ningbo Parts suspended')).toBeInTheDocument();
    expect(standing().getByText('Suspended')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reinstate' }));
    const reinstate = await findDialog('Reinstate Ningbo Parts');
    await user.type(within(reinstate).getByLabelText('Reason'), 'Deliveries back on time');
    await user.click(within(reinstate).getByRole('button', { name: 'Reinstate' }));

    await waitFor(() => expect(standing().getByText('Conditionally approved')).toBeInTheDocument());
    expect(ifMatch).toEqual(['"1"', '"2"', '"3"']);
  });

  it('offers staff no decisions, no evaluation and no document, agreement or incident forms', async () => {
    signInAs(aUser({ roles: ['staff'] }));
    const supplier = seedSupplier(anEvaluatedSupplier(gradeB, { name: 'Shenzhen Bright Co.' }));
    const { user } = open(supplier.id);
    await heading('Shenzhen Bright Co.');

    for (const name of ['Approve', 'Approve with conditions', 'Reject', 'Suspend', 'Reinstate']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    await user.click(screen.getByRole('tab', { name: 'Evaluations' }));
    expect(await screen.findByRole('row', { name: /79\.5/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Evaluate/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Documents' }));
    expect(screen.queryByRole('button', { name: /Add a document/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Agreements' }));
    expect(screen.queryByRole('button', { name: /Sign an agreement/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Incidents' }));
    expect(screen.queryByRole('button', { name: /Record an incident/ })).not.toBeInTheDocument();
  });

  it('colours documents by expiry: expired red, expiring soon orange, valid green', async () => {
    const supplier = seedSupplier(
      aSupplier({
        name: 'Hanoi Textiles',
        documents: [
          aSupplierDocument({ name: 'Business licence', number: 'BL-9', expiresOn: daysFromToday(400) }),
          aSupplierDocument({ kind: 'Certification', name: 'ISO 9001', number: 'ISO-77', expiresOn: daysFromToday(10) }),
          aSupplierDocument({ kind: 'Other', name: 'Fire safety', number: 'FS-3', expiresOn: daysFromToday(-2) }),
        ],
      }),
    );
    const { user } = open(supplier.id);
    await heading('Hanoi Textiles');
    expect(screen.getByText('2 documents expiring or expired')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Documents' }));
    const tag = (number: string, text: string) => within(screen.getByRole('row', { name: new RegExp(number) })).getByText(text);
    await screen.findByRole('row', { name: /BL-9/ });
    expect(tag('BL-9', 'Valid')).toHaveClass('ant-tag-green');
    expect(tag('ISO-77', 'Expiring soon')).toHaveClass('ant-tag-orange');
    expect(tag('FS-3', 'Expired')).toHaveClass('ant-tag-red');
    expect(within(screen.getByRole('row', { name: /ISO-77/ })).getByText('Certification')).toBeInTheDocument();
  });

  it('adds a qualification document; an expired one is refused with the rule', async () => {
    signInAs(productManager);
    const supplier = seedSupplier(aSupplier({ name: 'Hanoi Textiles' }));
    const { user } = open(supplier.id);
    await heading('Hanoi Textiles');
    await user.click(screen.getByRole('tab', { name: 'Documents' }));
    expect(await screen.findByText('No qualification documents on file')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Add a document/ }));
    const dialog = await findDialog('Add a qualification document');
    await user.click(within(dialog).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Certification' }));
    await user.type(within(dialog).getByLabelText('Document name'), 'ISO 9001');
    await user.type(within(dialog).getByLabelText('Number'), 'ISO-77');
    await user.type(within(dialog).getByLabelText('Issued on'), `${daysFromToday(-400)}{Enter}`);
    await user.type(within(dialog).getByLabelText('Valid until'), `${daysFromToday(-1)}{Enter}`);
    await user.click(within(dialog).getByRole('button', { name: 'Add a document' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('This qualification document has already expired.')).toBeInTheDocument();
    expect(within(alert).getByText(/supplier\.expired_document_cannot_be_added/)).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('Valid until'));
    await user.type(within(dialog).getByLabelText('Valid until'), `${daysFromToday(20)}{Enter}`);
    await user.click(within(dialog).getByRole('button', { name: 'Add a document' }));

    expect(await screen.findByText('Document ISO 9001 added')).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /ISO-77/ });
    expect(within(row).getByText('Expiring soon')).toHaveClass('ant-tag-orange');
    expect(suppliersDb.suppliers[0]?.documents[0]).toMatchObject({ kind: 'Certification', number: 'ISO-77', expiresOn: daysFromToday(20) });
  });

  it("shows the rule's refusal when signing an agreement with a supplier not yet approved", async () => {
    signInAs(productManager);
    const supplier = seedSupplier(anEvaluatedSupplier(gradeB, { name: 'Shenzhen Bright Co.' }));
    const { user } = open(supplier.id);
    await heading('Shenzhen Bright Co.');
    await user.click(screen.getByRole('tab', { name: 'Agreements' }));
    expect(await screen.findByText('No agreements signed')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Sign an agreement/ }));
    const dialog = await findDialog('Sign an agreement with Shenzhen Bright Co.');
    expect(within(dialog).getByText('Agreements are signed with approved or conditionally approved suppliers.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Unit price'), '4.2');
    await user.type(within(dialog).getByLabelText('Lead time (days)'), '30');
    await user.type(within(dialog).getByLabelText('MOQ'), '500');
    await user.type(within(dialog).getByLabelText('Starts on'), '2027-01-01{Enter}');
    await user.type(within(dialog).getByLabelText('Ends on'), '2027-12-31{Enter}');
    await user.type(within(dialog).getByLabelText('Price terms'), 'FOB Shenzhen');
    await user.type(within(dialog).getByLabelText('Payment terms'), '30% deposit, 70% before shipment');
    await user.type(within(dialog).getByLabelText('After-sales terms'), 'Replacement of defective units');
    await user.click(within(dialog).getByRole('button', { name: 'Sign an agreement' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('Agreements are signed only with approved (or conditionally approved) suppliers.')).toBeInTheDocument();
    expect(within(alert).getByText(/supplier\.only_approved_supplier_can_sign_agreement/)).toBeInTheDocument();
    expect(suppliersDb.suppliers[0]?.agreements).toHaveLength(0);
  });

  it('signs an agreement with an approved supplier', async () => {
    signInAs(productManager);
    const supplier = seedSupplier(anEvaluatedSupplier(gradeB, { name: 'Shenzhen Bright Co.', status: 'Approved' }));
    const { user } = open(supplier.id);
    await heading('Shenzhen Bright Co.');
    await user.click(screen.getByRole('tab', { name: 'Agreements' }));
    await user.click(await screen.findByRole('button', { name: /Sign an agreement/ }));
    const dialog = await findDialog('Sign an agreement with Shenzhen Bright Co.');
    await user.type(within(dialog).getByLabelText('Unit price'), '4.2');
    await user.type(within(dialog).getByLabelText('Lead time (days)'), '30');
    await user.type(within(dialog).getByLabelText('MOQ'), '5000');
    await user.type(within(dialog).getByLabelText('Starts on'), '2027-01-01{Enter}');
    await user.type(within(dialog).getByLabelText('Ends on'), '2027-12-31{Enter}');
    expect(within(dialog).getByLabelText('Ends on')).toHaveValue('31 Dec 2027');
    await user.type(within(dialog).getByLabelText('Price terms'), 'FOB Shenzhen');
    await user.type(within(dialog).getByLabelText('Payment terms'), '30% deposit');
    await user.type(within(dialog).getByLabelText('After-sales terms'), 'Replacement of defective units');
    await user.click(within(dialog).getByRole('button', { name: 'Sign an agreement' }));

    expect(await screen.findByText('Agreement signed')).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /FOB Shenzhen/ });
    expect(within(row).getByText('US$4.20')).toBeInTheDocument();
    expect(within(row).getByText('5,000')).toBeInTheDocument();
    expect(suppliersDb.suppliers[0]?.agreements[0]).toMatchObject({ unitPrice: { amount: 4.2, currency: 'USD' }, moq: 5000, startsOn: '2027-01-01', endsOn: '2027-12-31' });
  });

  it('records a quality incident', async () => {
    signInAs(aUser({ roles: ['logistics'] }));
    const supplier = seedSupplier(anEvaluatedSupplier(gradeB, { name: 'Shenzhen Bright Co.' }));
    const { user } = open(supplier.id);
    await heading('Shenzhen Bright Co.');
    await user.click(screen.getByRole('tab', { name: 'Incidents' }));

    await user.click(await screen.findByRole('button', { name: /Record an incident/ }));
    const dialog = await findDialog('Record a quality incident for Shenzhen Bright Co.');
    await user.click(within(dialog).getByRole('combobox', { name: 'Source' }));
    await user.click(await screen.findByRole('option', { name: 'Return' }));
    await user.type(within(dialog).getByLabelText('SKU'), 'LAMP-01');
    await user.type(within(dialog).getByLabelText('Description'), 'Cracked base on arrival');
    await user.click(within(dialog).getByRole('button', { name: 'Record an incident' }));

    expect(await screen.findByText('Quality incident recorded')).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Cracked base on arrival/ });
    expect(within(row).getByText('Return')).toBeInTheDocument();
    expect(within(row).getByText('LAMP-01')).toBeInTheDocument();
    expect(suppliersDb.suppliers[0]?.qualityIncidents).toHaveLength(1);
  });

  it('shows the history of changes', async () => {
    signInAs(admin);
    const supplier = seedSupplier(anEvaluatedSupplier(gradeB, { name: 'Shenzhen Bright Co.' }));
    const { user } = open(supplier.id);
    await heading('Shenzhen Bright Co.');
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await findDialog('Reject Shenzhen Bright Co.');
    await user.type(within(dialog).getByLabelText('Reason'), 'Failed the audit');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await screen.findByText('Shenzhen Bright Co. rejected');

    await user.click(screen.getByRole('tab', { name: 'History' }));
    const entries = await screen.findAllByTestId('history-entry');
    expect(entries.map((e) => within(e).getByRole('strong').textContent)).toEqual(['Supplier rejected', 'Supplier registered']);
    // The rejection as a sentence: who (by name, not e-mail) and what it changed, in the supplier screens' words.
    const rejected = entries[0] ?? document.body;
    expect(rejected).toHaveTextContent('by Demo admin');
    expect(within(rejected).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Status: Evaluated → Rejected',
      'Rejection reason: — → Failed the audit',
    ]);
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh');
    const supplier = seedSupplier(anEvaluatedSupplier(gradeC, { name: '宁波配件厂', documents: [aSupplierDocument({ expiresOn: daysFromToday(5) })] }));
    const { user } = open(supplier.id);

    expect(await heading('宁波配件厂')).toBeInTheDocument();
    expect(standing().getByText('已评估')).toBeInTheDocument();
    expect(standing().getByText('C 级')).toBeInTheDocument();
    // AntD spaces out two-character labels (批 准).
    for (const name of [/^批\s?准$/, /^附条件批准$/, /^拒\s?绝$/]) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '概览' })).toBeInTheDocument();
    expect(screen.getByText('联系人')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '资质文件' }));
    expect(await screen.findByText('即将到期')).toBeInTheDocument();
    expect(screen.getByText('营业执照')).toBeInTheDocument();
  });

  it('says when the supplier does not exist', async () => {
    open('0190b000-0000-7000-8000-ffffffffffff');
    expect(await screen.findByText('This supplier cannot be found')).toBeInTheDocument();
  });
});
