import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '@tsunagu/contracts/auth';
import { meQuery } from '../features/auth/api';
import { DirectoryPage } from '../features/directory/pages/DirectoryPage';
import { validateDirectorySearch } from '../features/directory/search';
import { publicProgressRoute } from '../features/plan/routes';
import { searchString } from '../lib/search';
import { AppShell } from './AppShell';
import { NotFoundPage, RouteErrorPage } from './ErrorPages';
import { staffRoutes } from './staff-routes';

/** What every route can read from the router context. */
export interface RouterContext {
  queryClient: QueryClient;
}

/** The root route: the app shell, the 404 page and the error boundary. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateDirectorySearch,
  component: DirectoryPage,
});

const agencyDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'agencies/$id',
  component: lazyRouteComponent(
    () => import('../features/directory/pages/AgencyDetailPage'),
    'AgencyDetailPage',
  ),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (raw: Record<string, unknown>): { redirect?: string | undefined } => ({
    redirect: searchString(raw.redirect, 500),
  }),
  component: lazyRouteComponent(() => import('../features/auth/pages/LoginPage'), 'LoginPage'),
});

/** Pages behind sign-in: an unauthenticated visit goes to /login and comes back afterwards. */
export const authRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_auth',
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { me };
  },
});

const routeTree = rootRoute.addChildren([
  directoryRoute,
  agencyDetailRoute,
  loginRoute,
  publicProgressRoute(rootRoute),
  authRoute.addChildren(staffRoutes(authRoute)),
]);

/** Creates the app's router over the code-based route tree. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultPendingMs: 300,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
