/** Every route of the SPA, in one place: links and the router use these. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    getHref: (redirectTo?: string | null) =>
      redirectTo && redirectTo !== '/' ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
  },
  org: {
    root: { path: '/org', getHref: () => '/org' },
    users: { path: '/org/users', getHref: () => '/org/users' },
    apiClients: { path: '/org/api-clients', getHref: () => '/org/api-clients' },
    employees: { path: '/org/employees', getHref: () => '/org/employees' },
  },
  selection: {
    root: { path: '/selection', getHref: () => '/selection' },
    suppliers: { path: '/selection/suppliers', getHref: () => '/selection/suppliers' },
    supplier: { path: '/selection/suppliers/:supplierId', getHref: (id: string) => `/selection/suppliers/${id}` },
    candidates: { path: '/selection/candidates', getHref: () => '/selection/candidates' },
    candidate: { path: '/selection/candidates/:candidateId', getHref: (id: string) => `/selection/candidates/${id}` },
  },
  listing: {
    root: { path: '/listing', getHref: () => '/listing' },
    listings: { path: '/listing/listings', getHref: () => '/listing/listings' },
    listing: { path: '/listing/listings/:listingId', getHref: (id: string) => `/listing/listings/${id}` },
  },
  logistics: {
    root: { path: '/logistics', getHref: () => '/logistics' },
    orders: { path: '/logistics/orders', getHref: () => '/logistics/orders' },
    order: { path: '/logistics/orders/:orderId', getHref: (id: string) => `/logistics/orders/${id}` },
    orderImports: { path: '/logistics/orders/imports', getHref: () => '/logistics/orders/imports' },
    orderImport: { path: '/logistics/orders/imports/:importId', getHref: (id: string) => `/logistics/orders/imports/${id}` },
    channels: { path: '/logistics/channels', getHref: () => '/logistics/channels' },
    channel: { path: '/logistics/channels/:channelId', getHref: (id: string) => `/logistics/channels/${id}` },
    recommend: { path: '/logistics/recommend', getHref: () => '/logistics/recommend' },
    costs: { path: '/logistics/costs', getHref: () => '/logistics/costs' },
    inventory: { path: '/logistics/inventory', getHref: () => '/logistics/inventory' },
    inventorySku: { path: '/logistics/inventory/:sku', getHref: (sku: string) => `/logistics/inventory/${encodeURIComponent(sku)}` },
    stocktakes: { path: '/logistics/stocktakes', getHref: () => '/logistics/stocktakes' },
    stocktake: { path: '/logistics/stocktakes/:stocktakeId', getHref: (id: string) => `/logistics/stocktakes/${id}` },
    returns: { path: '/logistics/returns', getHref: () => '/logistics/returns' },
    return: { path: '/logistics/returns/:returnId', getHref: (id: string) => `/logistics/returns/${id}` },
    reimbursements: { path: '/logistics/reimbursements', getHref: () => '/logistics/reimbursements' },
    reimbursement: { path: '/logistics/reimbursements/:caseId', getHref: (id: string) => `/logistics/reimbursements/${id}` },
  },
  service: {
    root: { path: '/service', getHref: () => '/service' },
    inquiries: { path: '/service/inquiries', getHref: () => '/service/inquiries' },
    inquiry: { path: '/service/inquiries/:inquiryId', getHref: (id: string) => `/service/inquiries/${id}` },
  },
  module: { getHref: (module: string) => `/${module}` },
} as const;
