import { ClientProblemCodes, fieldErrors, isProblem, networkProblem, problemOf, ProblemError, readProblem } from './problem';

const response = (status: number, statusText = '') => ({ status, statusText });

describe('readProblem', () => {
  it('reads a problem body as the host sends it', () => {
    const body = {
      type: 'https://ops.example/problems/user/email_must_be_unique',
      title: 'The request breaks a rule',
      status: 409,
      detail: 'Another account already uses this email.',
      instance: '/api/org/users',
      code: 'user.email_must_be_unique',
      correlationId: 'abc',
    };

    const problem = readProblem(body, response(409));

    expect(problem).toEqual({ ...body, errors: null, rules: null });
  });

  it('keeps every rule a refusal names, and drops entries that are not rules', () => {
    const problem = readProblem(
      {
        title: 'The request breaks a rule',
        status: 409,
        code: 'listing.banned_word',
        rules: [
          { code: 'listing.banned_word', field: 'bullets[1]', message: 'No "free shipping".' },
          { code: 'listing.content_score_below_minimum', field: null, message: 'The content scores 35.' },
          { code: 'listing.odd' },
        ],
      },
      response(409),
    );

    expect(problem.rules).toEqual([
      { code: 'listing.banned_word', field: 'bullets[1]', message: 'No "free shipping".' },
      { code: 'listing.content_score_below_minimum', field: null, message: 'The content scores 35.' },
    ]);
  });

  it('keeps validation errors and drops entries that are not lists of messages', () => {
    const problem = readProblem(
      { title: 'The request is not valid', status: 400, code: 'validation_failed', errors: { email: ['Bad email'], odd: 'x', empty: [] } },
      response(400),
    );

    expect(problem.errors).toEqual({ email: ['Bad email'] });
  });

  it('turns a body that is not a problem into one named after the status', () => {
    const problem = readProblem('<html>Bad gateway</html>', response(502, 'Bad Gateway'));

    expect(problem).toMatchObject({ status: 502, code: 'http_502', title: 'Bad Gateway' });
  });

  it('turns an empty body into a problem too', () => {
    expect(readProblem(undefined, response(500))).toMatchObject({ status: 500, code: 'http_500', title: 'HTTP 500' });
  });
});

describe('problemOf', () => {
  it('reads the problem of a ProblemError', () => {
    const error = new ProblemError(readProblem({ title: 'Forbidden', status: 403, code: 'forbidden' }, response(403)));

    expect(problemOf(error).code).toBe('forbidden');
    expect(error.status).toBe(403);
    expect(error.message).toBe('Forbidden');
  });

  it('names a request that never got an answer a network error', () => {
    const problem = problemOf(networkProblem(new TypeError('Failed to fetch')));

    expect(problem).toMatchObject({ status: 0, code: ClientProblemCodes.network, detail: 'Failed to fetch' });
  });

  it('treats anything else thrown as a network-style problem rather than crashing', () => {
    expect(isProblem(problemOf('boom'))).toBe(true);
  });
});

describe('fieldErrors', () => {
  const problem = readProblem(
    {
      title: 'The request is not valid',
      status: 400,
      code: 'validation_failed',
      errors: {
        email: ["'Email' is not a valid email address."],
        'roles[0]': ['Roles must be among: admin, staff.'],
        'roles[2]': ['Roles must be among: admin, staff.'],
        'If-Match': ['If-Match must name a version this API returned as ETag.'],
      },
    },
    response(400),
  );

  it('puts each message on the form field it names, collection items on their collection', () => {
    const { fields } = fieldErrors(problem, ['email', 'displayName', 'roles'] as const);

    expect(fields).toEqual([
      { name: 'email', errors: ["'Email' is not a valid email address."] },
      { name: 'roles', errors: ['Roles must be among: admin, staff.'] },
    ]);
  });

  it('keeps messages about things that are not fields of the form apart', () => {
    const { other } = fieldErrors(problem, ['email', 'roles'] as const);

    expect(other).toEqual(['If-Match: If-Match must name a version this API returned as ETag.']);
  });

  it('has nothing to say about a problem without errors', () => {
    expect(fieldErrors(readProblem({ title: 'x', status: 409, code: 'c' }, response(409)), ['email'])).toEqual({ fields: [], other: [] });
  });
});
