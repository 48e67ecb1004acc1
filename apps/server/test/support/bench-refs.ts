import type { CityRefs } from '../../../../bench/generator';
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
