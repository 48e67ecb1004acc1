import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateAgencyTableSearch } from '../features/agencies/search';
import { validateAuditSearch } from '../features/audit/search';
import {
  validateCaseListSearch,
  validateCasePageSearch,
  validateTaskListSearch,
} from '../features/cases/search';
import { validateChangeRequestSearch } from '../features/change-requests/search';
import { communityRoutes } from '../features/community/routes';
import { validateConsentSearch } from '../features/consents/search';
import { validatePersonSearch } from '../features/households/search';
import { validateLibrarySearch } from '../features/library/search';
import { participationRoutes } from '../features/participation/routes';
import { planRoutes } from '../features/plan/routes';
import { validateReferralInboxSearch, validateReferralMetricsSearch } from '../features/referrals/search';
import { validateSettingsSearch } from '../features/settings/search';
import { requireArea } from './access';
import type { authRoute } from './router';

type AuthRoute = typeof authRoute;

/** The signed-in pages, each loaded on demand so the first load stays small. */
export function staffRoutes(parent: AuthRoute) {
  const staffHome = createRoute({
    getParentRoute: () => parent,
    path: 'staff',
    component: lazyRouteComponent(() => import('../features/auth/pages/StaffHomePage'), 'StaffHomePage'),
  });
  const agencies = createRoute({
    getParentRoute: () => parent,
    path: 'staff/agencies',
    validateSearch: validateAgencyTableSearch,
    component: lazyRouteComponent(
      () => import('../features/agencies/pages/AgencyListPage'),
      'AgencyListPage',
    ),
  });
  const agencyNew = createRoute({
    getParentRoute: () => parent,
    path: 'staff/agencies/new',
    beforeLoad: requireArea('newAgency'),
    component: lazyRouteComponent(() => import('../features/agencies/pages/AgencyEditPage'), 'AgencyNewPage'),
  });
  const agencyEdit = createRoute({
    getParentRoute: () => parent,
    path: 'staff/agencies/$id/edit',
    component: lazyRouteComponent(
      () => import('../features/agencies/pages/AgencyEditPage'),
      'AgencyEditPage',
    ),
  });
  const changeRequests = createRoute({
    getParentRoute: () => parent,
    path: 'staff/change-requests',
    beforeLoad: requireArea('changeRequests'),
    validateSearch: validateChangeRequestSearch,
    component: lazyRouteComponent(
      () => import('../features/change-requests/pages/ChangeRequestListPage'),
      'ChangeRequestListPage',
    ),
  });
  const changeRequest = createRoute({
    getParentRoute: () => parent,
    path: 'staff/change-requests/$id',
    beforeLoad: requireArea('changeRequests'),
    component: lazyRouteComponent(
      () => import('../features/change-requests/pages/ChangeRequestDetailPage'),
      'ChangeRequestDetailPage',
    ),
  });
  const intakeNew = createRoute({
    getParentRoute: () => parent,
    path: 'staff/intakes/new',
    beforeLoad: requireArea('intake'),
    component: lazyRouteComponent(() => import('../features/intakes/pages/IntakeNewPage'), 'IntakeNewPage'),
  });
  // No role guard: whoever's agency has no live link gets the same 404 as for a household that does not exist.
  const household = createRoute({
    getParentRoute: () => parent,
    path: 'staff/households/$id',
    component: lazyRouteComponent(
      () => import('../features/households/pages/HouseholdPage'),
      'HouseholdPage',
    ),
  });
  const persons = createRoute({
    getParentRoute: () => parent,
    path: 'staff/persons',
    beforeLoad: requireArea('persons'),
    validateSearch: validatePersonSearch,
    component: lazyRouteComponent(
      () => import('../features/households/pages/PersonSearchPage'),
      'PersonSearchPage',
    ),
  });
  // Like the household: no role guard, the server answers 404 for a person the agency may not see.
  const consents = createRoute({
    getParentRoute: () => parent,
    path: 'staff/persons/$id/consents',
    validateSearch: validateConsentSearch,
    component: lazyRouteComponent(() => import('../features/consents/pages/ConsentsPage'), 'ConsentsPage'),
  });
  const consentReceipt = createRoute({
    getParentRoute: () => parent,
    path: 'staff/persons/$id/consents/$consentId/receipt',
    validateSearch: validateConsentSearch,
    component: lazyRouteComponent(
      () => import('../features/consents/pages/ConsentReceiptPage'),
      'ConsentReceiptPage',
    ),
  });
  const referrals = createRoute({
    getParentRoute: () => parent,
    path: 'staff/referrals',
    beforeLoad: requireArea('referrals'),
    validateSearch: validateReferralInboxSearch,
    component: lazyRouteComponent(
      () => import('../features/referrals/pages/ReferralInboxPage'),
      'ReferralInboxPage',
    ),
  });
  const referralMetrics = createRoute({
    getParentRoute: () => parent,
    path: 'staff/referrals/metrics',
    beforeLoad: requireArea('referralMetrics'),
    validateSearch: validateReferralMetricsSearch,
    component: lazyRouteComponent(
      () => import('../features/referrals/pages/ReferralMetricsPage'),
      'ReferralMetricsPage',
    ),
  });
  // No role guard: the agencies of the chain and coordinators may open it; anyone else gets the server's 404.
  const referral = createRoute({
    getParentRoute: () => parent,
    path: 'staff/referrals/$id',
    component: lazyRouteComponent(() => import('../features/referrals/pages/ReferralPage'), 'ReferralPage'),
  });
  const cases = createRoute({
    getParentRoute: () => parent,
    path: 'staff/cases',
    beforeLoad: requireArea('cases'),
    validateSearch: validateCaseListSearch,
    component: lazyRouteComponent(() => import('../features/cases/pages/CasesPage'), 'CasesPage'),
  });
  // No role guard: the case's team agencies and coordinators may open it; anyone else gets the server's 404.
  const caseRoute = createRoute({
    getParentRoute: () => parent,
    path: 'staff/cases/$id',
    validateSearch: validateCasePageSearch,
    component: lazyRouteComponent(() => import('../features/cases/pages/CasePage'), 'CasePage'),
  });
  const planSheet = createRoute({
    getParentRoute: () => parent,
    path: 'staff/cases/$id/plan-sheet',
    component: lazyRouteComponent(() => import('../features/cases/pages/PlanPrintPage'), 'PlanPrintPage'),
  });
  const tasks = createRoute({
    getParentRoute: () => parent,
    path: 'staff/tasks',
    beforeLoad: requireArea('tasks'),
    validateSearch: validateTaskListSearch,
    component: lazyRouteComponent(() => import('../features/cases/pages/TaskListPage'), 'TaskListPage'),
  });
  const meetings = createRoute({
    getParentRoute: () => parent,
    path: 'staff/meetings',
    beforeLoad: requireArea('meetings'),
    component: lazyRouteComponent(
      () => import('../features/meetings/pages/MeetingListPage'),
      'MeetingListPage',
    ),
  });
  const meetingNew = createRoute({
    getParentRoute: () => parent,
    path: 'staff/meetings/new',
    beforeLoad: requireArea('newMeeting'),
    component: lazyRouteComponent(
      () => import('../features/meetings/pages/MeetingNewPage'),
      'MeetingNewPage',
    ),
  });
  // Like a case: attending agencies and coordinators may open it; the server answers 404 to anyone else.
  const meeting = createRoute({
    getParentRoute: () => parent,
    path: 'staff/meetings/$id',
    component: lazyRouteComponent(() => import('../features/meetings/pages/MeetingPage'), 'MeetingPage'),
  });
  const library = createRoute({
    getParentRoute: () => parent,
    path: 'staff/library',
    beforeLoad: requireArea('library'),
    validateSearch: validateLibrarySearch,
    component: lazyRouteComponent(() => import('../features/library/pages/LibraryPage'), 'LibraryPage'),
  });
  const story = createRoute({
    getParentRoute: () => parent,
    path: 'staff/library/$id',
    beforeLoad: requireArea('library'),
    component: lazyRouteComponent(() => import('../features/library/pages/StoryPage'), 'StoryPage'),
  });
  const notifications = createRoute({
    getParentRoute: () => parent,
    path: 'staff/notifications',
    component: lazyRouteComponent(
      () => import('../features/referrals/pages/NotificationsPage'),
      'NotificationsPage',
    ),
  });
  const emergencyAccess = createRoute({
    getParentRoute: () => parent,
    path: 'staff/emergency-access',
    beforeLoad: requireArea('emergencyAccess'),
    component: lazyRouteComponent(
      () => import('../features/emergency/pages/EmergencyAccessPage'),
      'EmergencyAccessPage',
    ),
  });
  const emergencyAccesses = createRoute({
    getParentRoute: () => parent,
    path: 'admin/emergency-accesses',
    beforeLoad: requireArea('emergencyAccesses'),
    component: lazyRouteComponent(
      () => import('../features/emergency/pages/EmergencyAccessListPage'),
      'EmergencyAccessListPage',
    ),
  });
  const duplicates = createRoute({
    getParentRoute: () => parent,
    path: 'admin/duplicates',
    beforeLoad: requireArea('duplicates'),
    component: lazyRouteComponent(
      () => import('../features/duplicates/pages/DuplicatePairsPage'),
      'DuplicatePairsPage',
    ),
  });
  const importPage = createRoute({
    getParentRoute: () => parent,
    path: 'staff/import',
    beforeLoad: requireArea('import'),
    component: lazyRouteComponent(() => import('../features/imports/pages/ImportPage'), 'ImportPage'),
  });
  const settings = createRoute({
    getParentRoute: () => parent,
    path: 'settings',
    validateSearch: validateSettingsSearch,
    component: lazyRouteComponent(() => import('../features/settings/pages/SettingsPage'), 'SettingsPage'),
  });
  const sessions = createRoute({
    getParentRoute: () => parent,
    path: 'admin/sessions',
    beforeLoad: requireArea('sessions'),
    component: lazyRouteComponent(() => import('../features/admin/pages/SessionsPage'), 'SessionsPage'),
  });
  const audit = createRoute({
    getParentRoute: () => parent,
    path: 'audit',
    beforeLoad: requireArea('audit'),
    validateSearch: validateAuditSearch,
    component: lazyRouteComponent(() => import('../features/audit/pages/AuditLogPage'), 'AuditLogPage'),
  });
  const account = createRoute({
    getParentRoute: () => parent,
    path: 'account',
    component: lazyRouteComponent(() => import('../features/auth/pages/AccountPage'), 'AccountPage'),
  });
  return [
    staffHome,
    agencies,
    agencyNew,
    agencyEdit,
    changeRequests,
    changeRequest,
    intakeNew,
    household,
    persons,
    consents,
    consentReceipt,
    referrals,
    referralMetrics,
    referral,
    cases,
    caseRoute,
    planSheet,
    tasks,
    meetings,
    meetingNew,
    meeting,
    library,
    story,
    ...planRoutes(parent),
    ...participationRoutes(parent),
    ...communityRoutes(parent),
    notifications,
    emergencyAccess,
    importPage,
    settings,
    sessions,
    emergencyAccesses,
    duplicates,
    audit,
    account,
  ] as const;
}
