import type { CityRefs, CommunityRefs } from '../../../../bench/generator';
import { loadDemoCity } from '../../src/modules/demo/demo.data';

/** The references the benchmark reads from a demo-seeded database, taken here from the demo files. */
export function demoRefs(): CityRefs {
  const city = loadDemoCity();
  return {
    welfareDistricts: city.welfareDistricts.map((w) => ({ code: w.code, labelJa: w.nameJa })),
    schoolDistricts: city.schoolDistricts.map((s) => ({
      code: s.code,
      labelJa: s.nameJa,
      welfareDistrictCode: s.welfareDistrictCode,
    })),
    problemCategories: city.problemCategories.map((p) => ({ code: p.code, labelJa: p.nameJa })),
    agencies: city.agencies.map((a) => ({
      code: a.code,
      categoryCode: a.categoryCode,
      districts: a.districts,
      fields: a.fields,
    })),
  };
}

/** The community configuration the benchmark reads back from a demo-seeded database, from the demo files. */
export function demoCommunityRefs(): CommunityRefs {
  const { community } = loadDemoCity();
  const codes = (list: keyof typeof community.codeLists) =>
    community.codeLists[list]?.map((c) => c.code) ?? [];
  return {
    programmes: community.programmes.map((p) => ({
      code: p.code,
      divisionCode: p.divisionCode,
      usesThemes: p.usesThemes,
      usesProfessions: p.usesProfessions,
      recordsOrganisations: p.recordsOrganisations,
      kinds: p.kinds.map((k) => ({ code: k.code, followsKind: k.followsKind, fields: k.fields })),
    })),
    themes: codes('community_theme'),
    professions: codes('profession'),
    councilActivities: codes('council_activity'),
    councilDivision: community.councils.divisionCode,
    schoolDistricts: demoRefs().schoolDistricts,
  };
}
