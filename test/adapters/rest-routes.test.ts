// The route table, the URL encoding of queries and the status ↔ kind mapping: the pieces the REST
// adapter, the server handler and the OpenAPI document share.
import { expect } from '@open-wc/testing';
import { RESPONSE_SCHEMAS } from '../../src/adapter/response-schemas.js';
import { ClientListQuery, CollectionQuery, type ClientListQuery as ClientListQueryType } from '../../src/model/index.js';
import { decodeQuery, encodeQuery, queryParameters } from '../../src/adapters/rest/query-codec.js';
import { pathParams } from '../../src/adapters/rest/route-spec.js';
import { routeList } from '../../src/adapters/rest/routes.js';
import { kindOfStatus } from '../../src/adapters/rest/problem.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { withValidation } from '../../src/adapter/validating-adapter.js';

const operationsOf = (table: object) =>
  Object.entries(table).flatMap(([namespace, operations]) => Object.keys(operations as object).map((operation) => `${namespace}.${operation}`));

describe('REST route table', () => {
  it('has exactly one route per contract operation (the ones RESPONSE_SCHEMAS lists)', () => {
    expect(routeList().map((route) => route.id).sort()).to.deep.equal(operationsOf(RESPONSE_SCHEMAS).sort());
  });

  it('never maps two operations to the same method and path', () => {
    const keys = routeList().map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it("names every path parameter in the route's arguments, in order", () => {
    for (const route of routeList()) {
      const fromArgs = route.args.flatMap((arg) => (arg.in === 'path' ? [arg.name] : []));
      expect(fromArgs, route.id).to.deep.equal(pathParams(route.path));
    }
  });

  it('lists static paths before parameterised ones (/clients/metrics before /clients/{id})', () => {
    const ids = routeList().map((route) => route.id);
    expect(ids.indexOf('clients.metrics')).to.be.below(ids.indexOf('clients.get'));
    expect(ids.indexOf('clients.exportAll')).to.be.below(ids.indexOf('clients.get'));
  });

  it('retries only reads and operations carrying an Idempotency-Key', () => {
    const keyed = routeList()
      .filter((route) => route.args.some((arg) => arg.in === 'keyed'))
      .map((route) => route.id)
      .sort();
    expect(keyed).to.deep.equal(
      ['clients.importBatch', 'memberships.cancel', 'memberships.processPayment', 'wallet.addFunds', 'wallet.assignReward', 'wallet.deductFunds'].sort(),
    );
  });

  it('flattened filter parameters never collide with the other query parameters', () => {
    for (const route of routeList()) {
      for (const arg of route.args) {
        if (arg.in !== 'query') continue;
        const names = queryParameters(arg.schema).map((parameter) => parameter.name);
        expect(new Set(names).size, `${route.id}: ${names.join(', ')}`).to.equal(names.length);
      }
    }
  });

  it('the REST adapter offers every namespace and operation, already validated', () => {
    const adapter = createRestAdapter({ baseUrl: '/api' });
    expect(operationsOf(adapter).sort()).to.deep.equal(operationsOf(RESPONSE_SCHEMAS).sort());
    expect(withValidation(adapter)).to.equal(adapter);
  });
});

describe('REST query encoding', () => {
  it('round-trips a full client list query', () => {
    const query: ClientListQueryType = {
      search: 'María 600',
      view: 'trash',
      sort: { field: 'totalSales', direction: 'desc' },
      cursor: 'o1a',
      limit: 50,
      filter: {
        statuses: ['vip', 'prospect'],
        groupIds: ['grp-1'],
        tagIds: [],
        hasActiveAlerts: true,
        blacklisted: false,
        birthdayMonth: 3,
        lastVisitFrom: '2025-01-01',
        salesMinMinor: 0,
        salesMaxMinor: 150000,
      },
    };
    const search = encodeQuery(query);
    expect(search).to.contain('statuses=vip&statuses=prospect').and.to.contain('sort=-totalSales').and.to.contain('tagIds=&');
    expect(decodeQuery(new URLSearchParams(search), ClientListQuery)).to.deep.equal(query);
  });

  it('ascending sort has no sign; empty and null values are left out', () => {
    expect(encodeQuery({ sort: { field: 'name', direction: 'asc' }, search: undefined, cursor: null })).to.equal('?sort=name');
    expect(encodeQuery({})).to.equal('');
  });

  it('keeps a value that does not convert as a string, so validation names the field', () => {
    const decoded = decodeQuery(new URLSearchParams('limit=ten&birthdayMonth=3&hasActiveAlerts=maybe'), ClientListQuery);
    expect(decoded).to.deep.equal({ limit: 'ten', filter: { birthdayMonth: 3, hasActiveAlerts: 'maybe' } });
    const result = ClientListQuery.safeParse(decoded);
    expect(result.success).to.equal(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).to.include.members(['limit', 'filter.hasActiveAlerts']);
  });

  it('decodes collection paging', () => {
    expect(decodeQuery(new URLSearchParams('offset=20&limit=10&order=asc'), CollectionQuery)).to.deep.equal({ offset: 20, limit: 10, order: 'asc' });
  });
});

describe('HTTP status → AdapterError kind', () => {
  it('maps the documented statuses', () => {
    const table = Object.fromEntries([400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 502, 503, 504].map((status) => [status, kindOfStatus(status)]));
    expect(table).to.deep.equal({
      400: 'validation',
      401: 'forbidden',
      403: 'forbidden',
      404: 'not-found',
      408: 'network',
      409: 'conflict',
      412: 'conflict',
      422: 'validation',
      429: 'unavailable',
      500: 'unavailable',
      502: 'unavailable',
      503: 'unavailable',
      504: 'unavailable',
    });
  });

  it("uses the problem's kind only for statuses without a mapping", () => {
    expect(kindOfStatus(418, 'conflict')).to.equal('conflict');
    expect(kindOfStatus(418, 'bogus')).to.equal('unavailable');
    expect(kindOfStatus(500, 'validation')).to.equal('unavailable');
  });
});
