/**
 * Family names for the generated city, weighted by how common they are nationally (per 10,000 people,
 * so 佐藤 = 150 is 1.5%), with a few Okayama names, one-character names and 異体字 spellings at low
 * weight. Given names are in given-names.ts.
 */
import { Prng, Weighted } from './prng';

/** A name as typed: kanji (or kana) and its ふりがな in hiragana. */
export type Name = { kanji: string; kana: string };

export { drawGivenName, type Generation, generationOf } from './given-names';

const FAMILY: readonly (readonly [string, string, number])[] = [
  ['佐藤', 'さとう', 150],
  ['鈴木', 'すずき', 140],
  ['高橋', 'たかはし', 110],
  ['田中', 'たなか', 105],
  ['伊藤', 'いとう', 90],
  ['渡辺', 'わたなべ', 88],
  ['山本', 'やまもと', 88],
  ['中村', 'なかむら', 85],
  ['小林', 'こばやし', 83],
  ['加藤', 'かとう', 72],
  ['吉田', 'よしだ', 68],
  ['山田', 'やまだ', 65],
  ['佐々木', 'ささき', 55],
  ['山口', 'やまぐち', 51],
  ['松本', 'まつもと', 50],
  ['井上', 'いのうえ', 49],
  ['木村', 'きむら', 46],
  ['林', 'はやし', 42],
  ['斎藤', 'さいとう', 42],
  ['清水', 'しみず', 41],
  ['三宅', 'みやけ', 40],
  ['山崎', 'やまさき', 37],
  ['森', 'もり', 37],
  ['池田', 'いけだ', 34],
  ['橋本', 'はしもと', 34],
  ['阿部', 'あべ', 34],
  ['石川', 'いしかわ', 33],
  ['山下', 'やました', 33],
  ['中島', 'なかしま', 32],
  ['石井', 'いしい', 30],
  ['小川', 'おがわ', 30],
  ['前田', 'まえだ', 30],
  ['岡田', 'おかだ', 30],
  ['長谷川', 'はせがわ', 30],
  ['藤田', 'ふじた', 29],
  ['後藤', 'ごとう', 29],
  ['近藤', 'こんどう', 28],
  ['藤原', 'ふじわら', 28],
  ['村上', 'むらかみ', 26],
  ['遠藤', 'えんどう', 25],
  ['青木', 'あおき', 25],
  ['坂本', 'さかもと', 25],
  ['難波', 'なんば', 24],
  ['斉藤', 'さいとう', 24],
  ['福田', 'ふくだ', 24],
  ['太田', 'おおた', 23],
  ['西村', 'にしむら', 23],
  ['藤井', 'ふじい', 23],
  ['金子', 'かねこ', 22],
  ['岡本', 'おかもと', 22],
  ['中野', 'なかの', 21],
  ['三浦', 'みうら', 21],
  ['原田', 'はらだ', 21],
  ['中川', 'なかがわ', 21],
  ['松田', 'まつだ', 21],
  ['竹内', 'たけうち', 21],
  ['小野', 'おの', 20],
  ['田村', 'たむら', 20],
  ['中山', 'なかやま', 20],
  ['和田', 'わだ', 20],
  ['石田', 'いしだ', 20],
  ['森田', 'もりた', 19],
  ['上田', 'うえだ', 19],
  ['原', 'はら', 19],
  ['内田', 'うちだ', 19],
  ['柴田', 'しばた', 19],
  ['酒井', 'さかい', 19],
  ['宮崎', 'みやざき', 18],
  ['横山', 'よこやま', 18],
  ['高木', 'たかぎ', 18],
  ['安藤', 'あんどう', 18],
  ['宮本', 'みやもと', 18],
  ['大野', 'おおの', 18],
  ['小島', 'こじま', 17],
  ['工藤', 'くどう', 17],
  ['谷口', 'たにぐち', 17],
  ['今井', 'いまい', 17],
  ['高田', 'たかだ', 17],
  ['丸山', 'まるやま', 16],
  ['増田', 'ますだ', 16],
  ['杉山', 'すぎやま', 16],
  ['村田', 'むらた', 16],
  ['大塚', 'おおつか', 16],
  ['小山', 'こやま', 16],
  ['平野', 'ひらの', 16],
  ['藤本', 'ふじもと', 16],
  ['河野', 'こうの', 15],
  ['上野', 'うえの', 15],
  ['野口', 'のぐち', 15],
  ['武田', 'たけだ', 15],
  ['松井', 'まつい', 15],
  ['千葉', 'ちば', 15],
  ['岩崎', 'いわさき', 15],
  ['木下', 'きのした', 15],
  ['守屋', 'もりや', 14],
  ['久保', 'くぼ', 14],
  ['野村', 'のむら', 14],
  ['松尾', 'まつお', 14],
  ['岡', 'おか', 12],
  ['花田', 'はなだ', 8],
  // 異体字 spellings: rarer, and written exactly like this on the 住民票.
  ['髙橋', 'たかはし', 8],
  ['渡邉', 'わたなべ', 6],
  ['山﨑', 'やまさき', 5],
  ['𠮷田', 'よしだ', 4],
  ['齋藤', 'さいとう', 4],
];

// The listed names cover about a third of people, as in Japan; the rest carry one of many rarer names.
// Those are composed from common parts (北 + 川 → 北川 きたがわ) and share the remaining weight along a
// Zipf-like curve, so that a common name is as selective in a search as it is in a real city.
const TAIL_FIRST =
  '山やま 川かわ 田た 中なか 大おお 小こ 上うえ 下しも 石いし 松まつ 竹たけ 梅うめ 北きた 南みなみ 東ひがし 西にし 岩いわ 浅あさ 長なが 高たか 平ひら 吉よし 福ふく 宮みや 金かね 野の 池いけ 菊きく 杉すぎ 桜さくら 藤ふじ 柳やなぎ 堀ほり 荒あら 早はや 白しら 黒くろ 赤あか 青あお 今いま';
// Second parts: kanji, reading, and the voiced reading (連濁) some combinations take.
const TAIL_SECOND =
  '田ただ 川かわがわ 本もともと 口くちぐち 村むらむら 野のの 井いい 原はらばら 崎さきざき 島しまじま 沢さわざわ 谷たにだに 木きぎ 山やまやま 尾おお 部べべ 岡おかおか 林はやしばやし 森もりもり 内うちうち 浦うらうら 橋はしばし 瀬せせ 塚つかづか 坂さかざか';

/** Keeps the composed names rarer than the listed ones: the commonest about 0.15%, the rarest 0.03%. */
const TAIL_FLATNESS = 300;

function tailNames(): [string, string][] {
  const listed = new Set(FAMILY.map(([kanji]) => kanji));
  const firsts = TAIL_FIRST.split(' ').map((w) => [w.slice(0, 1), w.slice(1)] as const);
  const seconds = TAIL_SECOND.split(' ').map((w) => {
    const kana = w.slice(1);
    const half = kana.length / 2;
    return [w.slice(0, 1), kana.slice(0, half), kana.slice(half)] as const;
  });
  const out: [string, string][] = [];
  firsts.forEach(([k1, r1], i) => {
    seconds.forEach(([k2, plain, voiced], j) => {
      const kanji = k1 + k2;
      if (k1 === k2 || listed.has(kanji)) return;
      out.push([kanji, r1 + ((i * 7 + j * 3) % 2 ? voiced : plain)]);
    });
  });
  return out;
}

function withTail(): (readonly [string, string, number])[] {
  const listedWeight = FAMILY.reduce((s, [, , w]) => s + w, 0);
  // A fixed order (its own seed, not the data set's), so no one first part takes the heaviest ranks.
  const tail = new Prng(8050).shuffle(tailNames());
  const rank = (k: number) => 1 / (k + TAIL_FLATNESS);
  const harmonic = tail.reduce((s, _, k) => s + rank(k), 0);
  const remaining = 10_000 - listedWeight;
  return [
    ...FAMILY,
    ...tail.map(([kanji, kana], k) => [kanji, kana, (remaining * rank(k)) / harmonic] as const),
  ];
}

/** Every family name with its weight per 10,000 people (they add up to 10,000). */
export const FAMILY_NAMES: readonly { name: Name; weight: number }[] = withTail().map(
  ([kanji, kana, weight]) => ({ name: { kanji, kana }, weight }),
);

const familyTable = new Weighted(FAMILY_NAMES.map(({ name, weight }): [Name, number] => [name, weight]));

/** A family name, as common as it is in Japan. */
export function drawFamilyName(rng: Prng): Name {
  return familyTable.draw(rng);
}
