/**
 * The rest of a city's agency directory (SPEC §5: 500 agencies): clinics, NPOs, disability consultation
 * offices, employment and housing support, community halls and others, beside the demo's 45 public
 * agencies. They are directory entries — found by search, shown in pickers and the public directory —
 * and record nothing in the data set: the intakes, referrals and cases come from the demo agencies, so
 * adding them changes none of the other benchmarks' rows. Own PRNG stream; codes `gen-<category>-<n>`.
 */
import type { AgencyInput } from '@tsunagu/contracts/agencies';
import type { CityRefs } from './city';
import { makeAddress, wardsOf } from './households';
import { Prng, Weighted } from './prng';

/** SPEC §5's directory size at scale 1, the demo agencies included. */
export const FULL_SCALE_AGENCIES = 500;

type Kind = {
  categoryCode: string;
  /** Share of the generated agencies. */
  weight: number;
  names: readonly string[];
  kana: readonly string[];
  fields: readonly string[];
  services: readonly { name: string; description: string }[];
  /** Serves the whole city rather than one welfare district. */
  citywide: number;
};

// biome-ignore format: one kind of agency per line reads best
const KINDS: readonly Kind[] = [
  { categoryCode: 'medical', weight: 33, names: ['内科クリニック', '診療所', '心療内科', '在宅医療クリニック', '歯科医院'], kana: ['ナイカクリニック', 'シンリョウジョ', 'シンリョウナイカ', 'ザイタクイリョウクリニック', 'シカイイン'], fields: ['illness', 'health', 'mental-health', 'long-term-care'], services: [{ name: '外来診療', description: '一般診療と健康相談を行います。' }, { name: '訪問診療', description: '通院が難しい方のお宅に伺います。' }], citywide: 0 },
  { categoryCode: 'npo', weight: 26, names: ['子ども食堂', 'フードバンク', 'ひきこもり家族会', '居場所づくりの会', '見守りボランティア'], kana: ['コドモショクドウ', 'フードバンク', 'ヒキコモリカゾクカイ', 'イバショヅクリノカイ', 'ミマモリボランティア'], fields: ['isolation', 'childcare', 'hikikomori', 'income-work'], services: [{ name: '居場所の運営', description: '誰でも立ち寄れる場所を開いています。' }, { name: '食料の提供', description: '困りごとのある世帯に食品をお届けします。' }], citywide: 0.4 },
  { categoryCode: 'disability-consultation', weight: 20, names: ['相談支援事業所', '障害者相談支援センター', '地域活動支援センター'], kana: ['ソウダンシエンジギョウショ', 'ショウガイシャソウダンシエンセンター', 'チイキカツドウシエンセンター'], fields: ['disability', 'mental-health', 'income-work'], services: [{ name: '計画相談支援', description: '障害福祉サービスの利用計画を作ります。' }], citywide: 0.1 },
  { categoryCode: 'other', weight: 11, names: ['居宅介護支援事業所', '訪問看護ステーション', '法律事務所', '司法書士事務所'], kana: ['キョタクカイゴシエンジギョウショ', 'ホウモンカンゴステーション', 'ホウリツジムショ', 'シホウショシジムショ'], fields: ['long-term-care', 'debt', 'rights-advocacy', 'health'], services: [{ name: '相談', description: '専門職が相談に応じます。' }], citywide: 0.2 },
  { categoryCode: 'employment-support', weight: 4, names: ['就労移行支援事業所', '就労継続支援B型事業所', '若者サポートステーション'], kana: ['シュウロウイコウシエンジギョウショ', 'シュウロウケイゾクシエンビーガタジギョウショ', 'ワカモノサポートステーション'], fields: ['income-work', 'disability', 'hikikomori'], services: [{ name: '就労支援', description: '働くための訓練と職場探しを支えます。' }], citywide: 0.3 },
  { categoryCode: 'housing-support', weight: 3, names: ['居住支援法人', '住まい相談窓口'], kana: ['キョジュウシエンホウジン', 'スマイソウダンマドグチ'], fields: ['housing', 'income-work'], services: [{ name: '住まい探しの支援', description: '入居できる住まい探しと入居後の見守りを行います。' }], citywide: 0.6 },
  { categoryCode: 'community-centre', weight: 3, names: ['公民館'], kana: ['コウミンカン'], fields: ['isolation'], services: [{ name: '講座と地域活動', description: '学びと交流の場を提供します。' }], citywide: 0 },
];

/**
 * The generated agencies: as many as bring the directory to 500 × scale (at least none), spread over the
 * welfare districts, each with a name, ふりがな, fields, services, a phone and an address in its district.
 */
export function generateAgencies(refs: CityRefs, options: { seed: number; scale: number }): AgencyInput[] {
  const rng = new Prng((options.seed ^ 0x0a9e_0c1e) >>> 0);
  const count = Math.max(0, Math.round(FULL_SCALE_AGENCIES * options.scale) - refs.agencies.length);
  const wards = wardsOf(refs.welfareDistricts);
  const kinds = new Weighted(KINDS.map((k) => [k, k.weight] as const));
  const out: AgencyInput[] = [];
  const perCategory = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const kind = kinds.draw(rng);
    const n = (perCategory.get(kind.categoryCode) ?? 0) + 1;
    perCategory.set(kind.categoryCode, n);
    const school = rng.pick(refs.schoolDistricts);
    const town = school.labelJa.replace(/学区$/, '');
    const which = rng.int(0, kind.names.length - 1);
    const citywide = rng.chance(kind.citywide);
    out.push({
      code: `gen-${kind.categoryCode}-${n}`,
      name: `${town}${kind.names[which]}${n}`,
      nameKana: `${kind.kana[which]}${toKanaNumber(n)}`,
      categoryCode: kind.categoryCode,
      fields: kind.fields
        .filter(() => rng.chance(0.7))
        .concat(kind.fields[0]!)
        .filter(unique),
      services: kind.services.filter((_, j) => j === 0 || rng.chance(0.5)),
      districts: citywide ? [] : [school.welfareDistrictCode],
      contact: {
        phone: `086-${rng.int(200, 299)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
        email: null,
        address: makeAddress(rng, school, wards),
        url: null,
      },
      hours: rng.chance(0.8) ? '平日 9:00〜17:00' : '月・水・金 10:00〜16:00',
      supportCouncilMember: rng.chance(0.15),
      capacityNote: null,
      isPublic: rng.chance(0.9),
    });
  }
  return out;
}

const unique = <T>(x: T, i: number, all: T[]) => all.indexOf(x) === i;

/** A number in katakana digits, so that the ふりがな stays kana only (12 → イチニ). */
function toKanaNumber(n: number): string {
  const digits = ['ゼロ', 'イチ', 'ニ', 'サン', 'ヨン', 'ゴ', 'ロク', 'ナナ', 'ハチ', 'キュウ'];
  return [...String(n)].map((d) => digits[Number(d)]).join('');
}
