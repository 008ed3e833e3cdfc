import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { modules } from '@/config/modules';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { ProtectedRoute } from '@/lib/auth';

import { ComingSoonRoute } from './routes/coming-soon';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { AppShell, type Crumb } from './shell/app-shell';

const crumb = (handle: Crumb) => ({ crumb: handle });

/** Every screen of a module is its own chunk: only the login page and the shell load up front. */
export const routes: RouteObject[] = [
  { path: paths.login.path, element: <LoginRoute /> },
  {
    path: paths.home.path,
    hydrateFallbackElement: <Loading fullscreen />,
    element: (
      <ProtectedRoute>
        <AppShell />
      </ProtectedRoute>
    ),
    children: [
      {
        index: true,
        handle: crumb({ key: 'nav.dashboard' }),
        lazy: async () => ({ Component: (await import('@/features/dashboard/routes/dashboard')).DashboardRoute }),
      },
      {
        path: paths.org.root.path,
        handle: crumb({ key: 'modules.organization' }),
        children: [
          { index: true, element: <Navigate to={paths.org.users.getHref()} replace /> },
          {
            path: paths.org.users.path,
            handle: crumb({ key: 'users.title' }),
            lazy: async () => ({ Component: (await import('@/features/organization/routes/users')).UsersRoute }),
          },
          {
            path: paths.org.employees.path,
            handle: crumb({ key: 'employees.title' }),
            lazy: async () => ({ Component: (await import('@/features/organization/routes/employees')).EmployeesRoute }),
          },
          {
            path: paths.org.apiClients.path,
            handle: crumb({ key: 'apiClients.title' }),
            lazy: async () => ({ Component: (await import('@/features/organization/routes/api-clients')).ApiClientsRoute }),
          },
        ],
      },
      {
        path: paths.selection.root.path,
        handle: crumb({ key: 'modules.selection' }),
        children: [
          { index: true, element: <Navigate to={paths.selection.suppliers.getHref()} replace /> },
          {
            path: paths.selection.suppliers.path,
            handle: crumb({ key: 'suppliers.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/suppliers/routes/suppliers')).SuppliersRoute }) },
              {
                path: paths.selection.supplier.path,
                handle: crumb({ key: 'suppliers.detail' }),
                lazy: async () => ({ Component: (await import('@/features/suppliers/routes/supplier')).SupplierRoute }),
              },
            ],
          },
          {
            path: paths.selection.candidates.path,
            handle: crumb({ key: 'candidates.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/candidates/routes/candidates')).CandidatesRoute }) },
              {
                path: paths.selection.candidate.path,
                handle: crumb({ key: 'candidates.detail' }),
                lazy: async () => ({ Component: (await import('@/features/candidates/routes/candidate')).CandidateRoute }),
              },
            ],
          },
        ],
      },
      {
        path: paths.listing.root.path,
        handle: crumb({ key: 'modules.listing' }),
        children: [
          { index: true, element: <Navigate to={paths.listing.listings.getHref()} replace /> },
          {
            path: paths.listing.listings.path,
            handle: crumb({ key: 'listings.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/listings/routes/listings')).ListingsRoute }) },
              {
                path: paths.listing.listing.path,
                handle: crumb({ key: 'listings.detail' }),
                lazy: async () => ({ Component: (await import('@/features/listings/routes/listing')).ListingRoute }),
              },
            ],
          },
        ],
      },
      {
        path: paths.logistics.root.path,
        handle: crumb({ key: 'modules.logistics' }),
        children: [
          { index: true, element: <Navigate to={paths.logistics.orders.getHref()} replace /> },
          {
            path: paths.logistics.orders.path,
            handle: crumb({ key: 'orders.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/orders/routes/orders')).OrdersRoute }) },
              {
                path: paths.logistics.orderImports.path,
                handle: crumb({ key: 'orders.imports.title' }),
                children: [
                  { index: true, lazy: async () => ({ Component: (await import('@/features/orders/routes/order-imports')).OrderImportsRoute }) },
                  {
                    path: paths.logistics.orderImport.path,
                    handle: crumb({ key: 'orders.imports.job' }),
                    lazy: async () => ({ Component: (await import('@/features/orders/routes/order-import')).OrderImportRoute }),
                  },
                ],
              },
              {
                path: paths.logistics.order.path,
                handle: crumb({ key: 'orders.detail' }),
                lazy: async () => ({ Component: (await import('@/features/orders/routes/order')).OrderRoute }),
              },
            ],
          },
          {
            path: paths.logistics.inventory.path,
            handle: crumb({ key: 'inventory.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/inventory/routes/inventory')).InventoryRoute }) },
              {
                path: paths.logistics.inventorySku.path,
                handle: crumb({ key: 'inventory.detail' }),
                lazy: async () => ({ Component: (await import('@/features/inventory/routes/inventory-sku')).InventorySkuRoute }),
              },
            ],
          },
          {
            path: paths.logistics.stocktakes.path,
            handle: crumb({ key: 'stocktakes.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/stocktakes/routes/stocktakes')).StocktakesRoute }) },
              {
                path: paths.logistics.stocktake.path,
                handle: crumb({ key: 'stocktakes.detail' }),
                lazy: async () => ({ Component: (await import('@/features/stocktakes/routes/stocktake')).StocktakeRoute }),
              },
            ],
          },
          {
            path: paths.logistics.returns.path,
            handle: crumb({ key: 'returns.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/returns/routes/returns')).ReturnsRoute }) },
              {
                path: paths.logistics.return.path,
                handle: crumb({ key: 'returns.detail' }),
                lazy: async () => ({ Component: (await import('@/features/returns/routes/return')).ReturnRoute }),
              },
            ],
          },
          {
            path: paths.logistics.reimbursements.path,
            handle: crumb({ key: 'returns.reimbursements.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/returns/routes/reimbursements')).ReimbursementsRoute }) },
              {
                path: paths.logistics.reimbursement.path,
                handle: crumb({ key: 'returns.reimbursements.detail' }),
                lazy: async () => ({ Component: (await import('@/features/returns/routes/reimbursement')).ReimbursementRoute }),
              },
            ],
          },
          {
            path: paths.logistics.channels.path,
            handle: crumb({ key: 'channels.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/channels/routes/channels')).ChannelsRoute }) },
              {
                path: paths.logistics.channel.path,
                handle: crumb({ key: 'channels.detail' }),
                lazy: async () => ({ Component: (await import('@/features/channels/routes/channel')).ChannelRoute }),
              },
            ],
          },
          {
            path: paths.logistics.recommend.path,
            handle: crumb({ key: 'channels.recommend.title' }),
            lazy: async () => ({ Component: (await import('@/features/channels/routes/recommend')).RecommendRoute }),
          },
          {
            path: paths.logistics.costs.path,
            handle: crumb({ key: 'channels.costs.title' }),
            lazy: async () => ({ Component: (await import('@/features/channels/routes/costs')).CostsRoute }),
          },
        ],
      },
      {
        path: paths.service.root.path,
        handle: crumb({ key: 'modules.service' }),
        children: [
          { index: true, element: <Navigate to={paths.service.inquiries.getHref()} replace /> },
          {
            path: paths.service.inquiries.path,
            handle: crumb({ key: 'inquiries.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/inquiries/routes/inquiries')).InquiriesRoute }) },
              {
                path: paths.service.inquiry.path,
                handle: crumb({ key: 'inquiries.detail' }),
                lazy: async () => ({ Component: (await import('@/features/inquiries/routes/inquiry')).InquiryRoute }),
              },
            ],
          },
          {
            path: paths.service.complaints.path,
            handle: crumb({ key: 'complaints.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/complaints/routes/complaints')).ComplaintsRoute }) },
              {
                path: paths.service.complaint.path,
                handle: crumb({ key: 'complaints.detail' }),
                lazy: async () => ({ Component: (await import('@/features/complaints/routes/complaint')).ComplaintRoute }),
              },
            ],
          },
          {
            path: paths.service.returns.path,
            handle: crumb({ key: 'customerReturns.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/customer-returns/routes/returns')).CustomerReturnsRoute }) },
              {
                path: paths.service.return.path,
                handle: crumb({ key: 'customerReturns.detail' }),
                lazy: async () => ({ Component: (await import('@/features/customer-returns/routes/return')).CustomerReturnRoute }),
              },
            ],
          },
          {
            path: paths.service.collaboration.path,
            handle: crumb({ key: 'collaboration.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/collaboration/routes/board')).CollaborationBoardRoute }) },
              {
                path: paths.service.collaborationRequest.path,
                handle: crumb({ key: 'collaboration.detail' }),
                lazy: async () => ({ Component: (await import('@/features/collaboration/routes/request')).CollaborationRequestRoute }),
              },
            ],
          },
          {
            path: paths.service.answers.path,
            handle: crumb({ key: 'answers.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/answers/routes/answers')).AnswersRoute }) },
              {
                path: paths.service.answer.path,
                handle: crumb({ key: 'answers.detail' }),
                lazy: async () => ({ Component: (await import('@/features/answers/routes/answer')).AnswerRoute }),
              },
            ],
          },
          {
            path: paths.service.feedback.path,
            handle: crumb({ key: 'feedback.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/feedback/routes/feedback')).FeedbackRoute }) },
            ],
          },
          {
            path: paths.service.followUps.path,
            handle: crumb({ key: 'followUps.title' }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/follow-ups/routes/plans')).FollowUpPlansRoute }) },
              {
                path: paths.service.followUpPlan.path,
                handle: crumb({ key: 'followUps.detail' }),
                lazy: async () => ({ Component: (await import('@/features/follow-ups/routes/plan')).FollowUpPlanRoute }),
              },
            ],
          },
        ],
      },
      ...modules
        .filter((m) => !m.live)
        .map((m) => ({
          path: paths.module.getHref(m.key),
          handle: crumb({ key: `modules.${m.key}` }),
          element: <ComingSoonRoute module={m.key} />,
        })),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
