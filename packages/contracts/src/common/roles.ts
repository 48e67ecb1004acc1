import { z } from 'zod';

/** The roles of the platform (SPEC M0). A user may hold several. */
export const ROLES = [
  'admin',
  'planner',
  'coordinator',
  'advisor',
  'agency_manager',
  'agency_staff',
  'division_reporter',
  'programme_staff',
  'auditor',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Japanese and English names of the roles, for screens. */
export const ROLE_LABELS: Record<Role, { ja: string; en: string }> = {
  admin: { ja: 'システム管理者', en: 'Administrator' },
  planner: { ja: '企画担当（保健福祉企画総務課）', en: 'Planner' },
  coordinator: { ja: '相談支援包括化推進員', en: 'Coordinator' },
  advisor: { ja: '複合課題解決アドバイザー', en: 'Advisor' },
  agency_manager: { ja: '相談機関 管理者', en: 'Agency manager' },
  agency_staff: { ja: '相談機関 職員', en: 'Agency staff' },
  division_reporter: { ja: '担当課 報告者', en: 'Division reporter' },
  programme_staff: { ja: '事業担当', en: 'Programme staff' },
  auditor: { ja: '監査担当', en: 'Auditor' },
};
