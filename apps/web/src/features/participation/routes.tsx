import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireArea } from '../../app/access';
import type { authRoute } from '../../app/router';
import {
  validateEmployerListSearch,
  validateParticipantListSearch,
  validateParticipantNewSearch,
  validatePlaceListSearch,
  validateStatisticsSearch,
} from './search';

/** 参加支援・就労支援: the staff pages of participation and employment, each loaded on demand. */
export function participationRoutes(parent: typeof authRoute) {
  const guard = requireArea('participation');
  const list = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation',
    beforeLoad: guard,
    validateSearch: validateParticipantListSearch,
    component: lazyRouteComponent(() => import('./pages/ParticipantsPage'), 'ParticipantsPage'),
  });
  const create = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/new',
    beforeLoad: guard,
    validateSearch: validateParticipantNewSearch,
    component: lazyRouteComponent(() => import('./pages/ParticipantNewPage'), 'ParticipantNewPage'),
  });
  const employers = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/employers',
    beforeLoad: guard,
    validateSearch: validateEmployerListSearch,
    component: lazyRouteComponent(() => import('./pages/EmployersPage'), 'EmployersPage'),
  });
  const employer = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/employers/$id',
    beforeLoad: guard,
    component: lazyRouteComponent(() => import('./pages/EmployerPage'), 'EmployerPage'),
  });
  const places = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/places',
    beforeLoad: guard,
    validateSearch: validatePlaceListSearch,
    component: lazyRouteComponent(() => import('./pages/PlacesPage'), 'PlacesPage'),
  });
  const fairs = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/fairs',
    beforeLoad: guard,
    component: lazyRouteComponent(() => import('./pages/FairsPage'), 'FairsPage'),
  });
  const followUps = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/follow-ups',
    beforeLoad: guard,
    component: lazyRouteComponent(() => import('./pages/FollowUpsPage'), 'FollowUpsPage'),
  });
  const statistics = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/statistics',
    beforeLoad: guard,
    validateSearch: validateStatisticsSearch,
    component: lazyRouteComponent(() => import('./pages/StatisticsPage'), 'StatisticsPage'),
  });
  // No role guard beyond the area: the server answers 404 for a participant the agency may not see.
  const participant = createRoute({
    getParentRoute: () => parent,
    path: 'staff/participation/$id',
    beforeLoad: guard,
    component: lazyRouteComponent(() => import('./pages/ParticipantPage'), 'ParticipantPage'),
  });
  return [list, create, employers, employer, places, fairs, followUps, statistics, participant] as const;
}
