import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '@tsunagu/contracts';
import { type AgencyInput, agencyInputSchema } from '@tsunagu/contracts/agencies';
import { z } from 'zod';
import { communityDocumentSchema } from '../community/community-document';
import { participationDocumentSchema } from '../participation/programme-document';
import { planDocumentSchema } from '../plan/plan-document';

const DEMO_DIR = path.join(import.meta.dirname, '../../../demo/okayama');

const codeItem = z.object({ code: z.string(), nameJa: z.string(), nameEn: z.string().optional() });
const schoolItem = codeItem.extend({ welfareDistrictCode: z.string(), sample: z.boolean() });

function read<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(fs.readFileSync(path.join(DEMO_DIR, file), 'utf8')));
}

/** The bundled demo city (Okayama), read and validated from the data files in apps/server/demo/okayama. */
export function loadDemoCity() {
  return {
    tenant: { slug: 'okayama', name: '岡山市', nameEn: 'Okayama City' },
    /** The agency that takes escalated referrals (相談支援包括化推進員). */
    coordinatorAgencyCode: 'coordinator-desk',
    welfareDistricts: read('welfare-districts.json', z.array(codeItem)),
    schoolDistricts: read('school-districts.json', z.array(schoolItem)),
    divisions: read('divisions.json', z.array(codeItem)),
    problemCategories: read('problem-categories.json', z.array(codeItem)),
    agencyCategories: read('agency-categories.json', z.array(codeItem)),
    addressDistricts: read(
      'address-districts.json',
      z.array(z.object({ town: z.string(), schoolDistrictCode: z.string(), sample: z.boolean() })),
    ),
    /** 岡山市地域共生社会推進計画: policies, 工程表 with the R4 entries, 成果指標 (FIGURES.md §2). */
    plan: read('plan.json', planDocumentSchema),
    /** Employment programmes, their agencies and the code lists of matching (SPEC M5). */
    participation: read('participation.json', participationDocumentSchema),
    /** Community programmes, councils, dispatch rules and advisors, registries, the §6–§7 figure lines. */
    community: read('community.json', communityDocumentSchema),
    agencies: read('agencies.json', z.array(z.unknown())).map((a) =>
      agencyInputSchema.parse(a),
    ) as AgencyInput[],
  };
}

/** One demo account per role; the agency and division are given by code. */
export const DEMO_USERS: {
  email: string;
  displayName: string;
  roles: Role[];
  agencyCode?: string;
  divisionCode?: string;
}[] = [
  { email: 'admin@demo.example', displayName: '管理 太郎', roles: ['admin'] },
  {
    email: 'planner@demo.example',
    displayName: '企画 花子',
    roles: ['planner'],
    divisionCode: 'welfare-planning',
  },
  {
    email: 'coordinator@demo.example',
    displayName: '推進 一郎',
    roles: ['coordinator'],
    agencyCode: 'coordinator-desk',
  },
  { email: 'advisor@demo.example', displayName: '助言 和子', roles: ['advisor'], agencyCode: 'shakyo' },
  {
    email: 'manager@demo.example',
    displayName: '包括 次郎',
    roles: ['agency_manager'],
    agencyCode: 'hokatsu-kita-chuo',
  },
  {
    email: 'staff@demo.example',
    displayName: '相談 三郎',
    roles: ['agency_staff'],
    agencyCode: 'hokatsu-kita-chuo',
  },
  {
    email: 'reporter@demo.example',
    displayName: '報告 四郎',
    roles: ['division_reporter'],
    divisionCode: 'community-care',
  },
  {
    email: 'programme@demo.example',
    displayName: '事業 五月',
    roles: ['programme_staff'],
    agencyCode: 'shogai-katsuyaku',
  },
  { email: 'auditor@demo.example', displayName: '監査 六子', roles: ['auditor'] },
  // A second agency's front-line staff: what one agency records, another does not see.
  {
    email: 'staff-naka@demo.example',
    displayName: '中区 七海',
    roles: ['agency_staff'],
    agencyCode: 'hokatsu-naka',
  },
  // A third agency, so a referral can be handed on: 寄り添いサポートセンター (生活困窮).
  {
    email: 'staff-yorisoi@demo.example',
    displayName: '寄添 八重',
    roles: ['agency_staff'],
    agencyCode: 'yorisoi-support',
  },
  // Programme staff of the divisions that record community building (SPEC M6).
  {
    email: 'community@demo.example',
    displayName: '地域 十和',
    roles: ['programme_staff'],
    divisionCode: 'community-care',
  },
  {
    email: 'civic@demo.example',
    displayName: '協働 一葉',
    roles: ['programme_staff'],
    divisionCode: 'civic-collaboration',
  },
  {
    email: 'medical@demo.example',
    displayName: '医療 二葉',
    roles: ['programme_staff'],
    divisionCode: 'medical-policy',
  },
  {
    email: 'kominkan@demo.example',
    displayName: '公民 三葉',
    roles: ['programme_staff'],
    divisionCode: 'kominkan-promotion',
  },
  {
    email: 'staff-anabuki@demo.example',
    displayName: '穴吹 九実',
    roles: ['agency_staff'],
    agencyCode: 'anabuki-college-service',
  },
];
