import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireArea } from '../../app/access';
import type { authRoute, rootRoute } from '../../app/router';
import { validateEntryListSearch, validateFiscalYearSearch, validateReportSearch } from './search';

/** 計画の進捗: the staff pages of the plan, each loaded on demand. */
export function planRoutes(parent: typeof authRoute) {
  const plan = createRoute({
    getParentRoute: () => parent,
    path: 'staff/plan',
    beforeLoad: requireArea('plan'),
    validateSearch: validateFiscalYearSearch,
    component: lazyRouteComponent(() => import('./pages/PlanPage'), 'PlanPage'),
  });
  const indicators = createRoute({
    getParentRoute: () => parent,
    path: 'staff/plan/indicators',
    beforeLoad: requireArea('plan'),
    component: lazyRouteComponent(() => import('./pages/IndicatorsPage'), 'IndicatorsPage'),
  });
  const entries = createRoute({
    getParentRoute: () => parent,
    path: 'staff/plan/entries',
    beforeLoad: requireArea('plan'),
    validateSearch: validateEntryListSearch,
    component: lazyRouteComponent(() => import('./pages/EntriesPage'), 'EntriesPage'),
  });
  const entry = createRoute({
    getParentRoute: () => parent,
    path: 'staff/plan/entries/$id',
    beforeLoad: requireArea('plan'),
    component: lazyRouteComponent(() => import('./pages/EntryPage'), 'EntryPage'),
  });
  const report = createRoute({
    getParentRoute: () => parent,
    path: 'staff/plan/report',
    beforeLoad: requireArea('plan'),
    validateSearch: validateReportSearch,
    component: lazyRouteComponent(() => import('./pages/ReportPrintPage'), 'ReportPrintPage'),
  });
  const surveys = createRoute({
    getParentRoute: () => parent,
    path: 'staff/surveys',
    beforeLoad: requireArea('surveys'),
    component: lazyRouteComponent(() => import('./pages/SurveyPage'), 'SurveyPage'),
  });
  return [plan, indicators, entries, entry, report, surveys] as const;
}

/** 計画の進捗（公開）: no sign-in, no personal data. */
export function publicProgressRoute(root: typeof rootRoute) {
  return createRoute({
    getParentRoute: () => root,
    path: 'progress',
    validateSearch: validateFiscalYearSearch,
    component: lazyRouteComponent(() => import('./pages/PublicProgressPage'), 'PublicProgressPage'),
  });
}
