import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { authRoute } from '../../app/router';
import {
  validateBoardSearch,
  validateDispatchSearch,
  validateOrganisationSearch,
  validatePhysicianSearch,
} from './support-api';

/**
 * 地域づくりの支援: advisor dispatch, the advisors, the physicians registry, the matching board and the
 * organisations, each loaded on demand. Every staff member may read them; the lists say who may change them.
 */
export function communitySupportRoutes(parent: typeof authRoute) {
  const dispatch = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/dispatch',
    validateSearch: validateDispatchSearch,
    component: lazyRouteComponent(() => import('./pages/DispatchPage'), 'DispatchPage'),
  });
  const dispatchRequest = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/dispatch/$id',
    component: lazyRouteComponent(() => import('./pages/DispatchRequestPage'), 'DispatchRequestPage'),
  });
  const advisors = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/advisors',
    component: lazyRouteComponent(() => import('./pages/AdvisorsPage'), 'AdvisorsPage'),
  });
  const physicians = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/physicians',
    validateSearch: validatePhysicianSearch,
    component: lazyRouteComponent(() => import('./pages/PhysiciansPage'), 'PhysiciansPage'),
  });
  const board = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/board',
    validateSearch: validateBoardSearch,
    component: lazyRouteComponent(() => import('./pages/BoardPage'), 'BoardPage'),
  });
  const organisations = createRoute({
    getParentRoute: () => parent,
    path: 'staff/community/organisations',
    validateSearch: validateOrganisationSearch,
    component: lazyRouteComponent(() => import('./pages/OrganisationsPage'), 'OrganisationsPage'),
  });
  return [dispatch, dispatchRequest, advisors, physicians, board, organisations] as const;
}
