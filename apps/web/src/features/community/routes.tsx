import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { authRoute } from '../../app/router';
import { validateCouncilSearch, validateEventSearch, validateFiguresSearch } from './search';
import { communitySupportRoutes } from './support-routes';

/**
 * 地域づくり: the hub, the councils, each programme's records and the figures, then the support pages
 * (dispatch, registries, board). Every staff member may open them; the server answers each list with
 * what the user may change, and the pages show only those actions.
 */
export function communityRoutes(parent: typeof authRoute) {
  const hub = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community',
    component: lazyRouteComponent(() => import('./pages/CommunityHubPage'), 'CommunityHubPage'),
  });
  const councils = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/councils',
    validateSearch: validateCouncilSearch,
    component: lazyRouteComponent(() => import('./pages/CouncilsPage'), 'CouncilsPage'),
  });
  const programme = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/programmes/$code',
    validateSearch: validateEventSearch,
    component: lazyRouteComponent(() => import('./pages/ProgrammePage'), 'ProgrammePage'),
  });
  const figures = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/figures',
    validateSearch: validateFiguresSearch,
    component: lazyRouteComponent(() => import('./pages/FiguresPage'), 'FiguresPage'),
  });
  return [hub, councils, programme, figures, ...communitySupportRoutes(parent)] as const;
}
