import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { page } from '../paging';
import { problem, refused, unauthenticated, validationProblem } from '../problems';

export type Employee = ResponseOf<'/api/org/employees/{id}', 'get'>;
export type Position = ResponseOf<'/api/org/positions/{id}', 'get'>;
export type Store = ResponseOf<'/api/org/stores/{id}', 'get'>;

const authenticated = (request: Request) => request.headers.get('Authorization')?.startsWith('Bearer ');

let sequence = 0;
const id = () => `0190b000-0000-7000-8000-${(++sequence).toString(16).padStart(12, '0')}`;

export function aStore(overrides: Partial<Store> = {}): Store {
  return {
    id: id(),
    version: 1,
    marketplace: 'US',
    sellerName: 'Demo Seller',
    currency: 'USD',
    businessHours: { opensAt: '09:00:00', closesAt: '18:00:00' },
    timeZone: 'America/New_York',
    weekend: ['Saturday', 'Sunday'],
    holidays: [],
    registeredAt: '2026-11-01T08:00:00Z',
    changedAt: null,
    ...overrides,
  };
}

export function aPosition(overrides: Partial<Position> = {}): Position {
  return {
    id: id(),
    version: 1,
    title: 'Listing specialist',
    departmentId: id(),
    roles: ['listing'],
    reportsToPositionId: null,
    duties: 'Writes listings',
    createdAt: '2026-11-01T08:00:00Z',
    changedAt: null,
    ...overrides,
  };
}

export function anEmployee(overrides: Partial<Employee> = {}): Employee {
  const n = ++sequence;
  return {
    id: id(),
    version: 1,
    name: `Employee ${n}`,
    email: `employee${n}@demo.ops`,
    positionId: employeesDb.positions[0]?.id ?? id(),
    managerEmployeeId: null,
    storeIds: [],
    skus: [],
    status: 'Active',
    userAccountId: null,
    hiredAt: '2026-11-02T08:00:00Z',
    leftAt: null,
    ...overrides,
  };
}

/** The organisation's people, positions and stores as the mock server holds them. */
export const employeesDb = { stores: [] as Store[], positions: [] as Position[], employees: [] as Employee[] };

export function resetEmployees(): void {
  employeesDb.stores = [aStore({ sellerName: 'Demo Seller', marketplace: 'US' }), aStore({ sellerName: 'Maple Goods', marketplace: 'CA', currency: 'CAD' })];
  employeesDb.positions = [aPosition({ title: 'Listing specialist' }), aPosition({ title: 'Operations manager', roles: ['ops-manager'] })];
  employeesDb.employees = [];
}
resetEmployees();

type Profile = BodyOf<'/api/org/employees/{id}', 'put'>;

/** The checks of EmployeeProfileValidator and Employee's rules (src/Modules/Organization/.../Employees). */
function profileProblem(body: Profile, url: string, self?: string) {
  const errors: Record<string, string[]> = {};
  if (!body.name.trim()) errors.name = ["'Name' must not be empty."];
  if (!body.positionId) errors.positionId = ["'Position Id' must not be empty."];
  if (Object.keys(errors).length > 0) return validationProblem(errors, url);
  if (!employeesDb.positions.some((p) => p.id === body.positionId)) {
    return refused('employee.position_must_exist', "The employee's position does not exist.");
  }
  if (body.managerEmployeeId && (body.managerEmployeeId === self || !employeesDb.employees.some((e) => e.id === body.managerEmployeeId && e.status !== 'Left'))) {
    return refused('employee.manager_must_be_a_current_employee', 'The manager must be an employee who has not left.');
  }
  if (!body.storeIds.every((s) => employeesDb.stores.some((store) => store.id === s))) {
    return refused('employee.stores_must_exist', 'Every store an employee owns must exist.');
  }
  return null;
}

/** Employee.StartLeave/ReturnFromLeave/Leave: repeating a move changes nothing; after leaving only leaving again is accepted. */
const statusMoves = {
  'start-leave': 'OnLeave',
  'return-from-leave': 'Active',
  'leave-company': 'Left',
} as const;

export const employeesHandlers: HttpHandler[] = [
  http.get('/api/org/stores', ({ request }) =>
    authenticated(request) ? HttpResponse.json(page(employeesDb.stores, new URL(request.url))) : unauthenticated(),
  ),
  http.get('/api/org/positions', ({ request }) =>
    authenticated(request) ? HttpResponse.json(page(employeesDb.positions, new URL(request.url))) : unauthenticated(),
  ),

  http.get('/api/org/employees', ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    const url = new URL(request.url);
    const q = url.searchParams;
    const search = q.get('search')?.toLowerCase();
    const items = employeesDb.employees.filter(
      (e) =>
        (!q.get('status') || e.status === q.get('status')) &&
        (!q.get('positionId') || e.positionId === q.get('positionId')) &&
        (!q.get('storeId') || e.storeIds.includes(q.get('storeId') ?? '')) &&
        (!search || e.name.toLowerCase().includes(search) || e.email.includes(search)),
    );
    return HttpResponse.json(page(items, url));
  }),

  http.post('/api/org/employees', async ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    const body = (await request.json()) as BodyOf<'/api/org/employees', 'post'>;
    const errors: Record<string, string[]> = {};
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) errors.email = ["'Email' is not a valid email address."];
    if (body.createAccount && (body.initialPassword ?? '').length < 8) {
      errors.initialPassword = ["The length of 'Initial Password' must be at least 8 characters."];
    }
    if (Object.keys(errors).length > 0) return validationProblem(errors, '/api/org/employees');
    const refusal = profileProblem(body, '/api/org/employees');
    if (refusal) return refusal;
    if (employeesDb.employees.some((e) => e.email === body.email.toLowerCase() && e.status !== 'Left')) {
      return refused('employee.email_must_be_unique', 'Another current employee already uses this email.');
    }
    const { createAccount, initialPassword: _, ...profile } = body;
    const employee = anEmployee({ ...profile, email: body.email.toLowerCase(), userAccountId: createAccount ? id() : null });
    employeesDb.employees.push(employee);
    return HttpResponse.json(employee, { status: 201, headers: { ETag: '"1"', Location: `/api/org/employees/${employee.id}` } });
  }),

  http.put('/api/org/employees/:id', async ({ request, params }) => {
    if (!authenticated(request)) return unauthenticated();
    const employee = employeesDb.employees.find((e) => e.id === params.id);
    if (!employee) return problem(404, 'not_found', 'Not found');
    if (request.headers.get('If-Match') !== `"${employee.version}"`) return problem(412, 'version_mismatch', 'Stale version', { detail: 'Reload and retry.' });
    const body = (await request.json()) as Profile;
    const refusal = profileProblem(body, `/api/org/employees/${employee.id}`, employee.id);
    if (refusal) return refusal;
    Object.assign(employee, body, { version: employee.version + 1 });
    return HttpResponse.json(employee);
  }),

  ...Object.entries(statusMoves).map(([path, to]) =>
    http.post(`/api/org/employees/:id/${path}`, ({ request, params }) => {
      if (!authenticated(request)) return unauthenticated();
      const employee = employeesDb.employees.find((e) => e.id === params.id);
      if (!employee) return problem(404, 'not_found', 'Not found');
      if (employee.status === to) return HttpResponse.json(employee);
      if (employee.status === 'Left') {
        return refused('employee.leaving_is_final', 'This employee has left: they cannot go on leave, return or change. Hire them again instead.');
      }
      Object.assign(employee, { status: to, version: employee.version + 1, leftAt: to === 'Left' ? new Date().toISOString() : null });
      return HttpResponse.json(employee);
    }),
  ),
];
