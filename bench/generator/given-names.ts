/** Given names by sex and by the generation a person was born in (15 per generation, 60 per sex). */
import type { Name } from './names';
import type { Prng } from './prng';

/** The generation a birth year belongs to: given names follow fashions. */
export type Generation = 'prewar' | 'postwar' | 'showaLate' | 'heisei';

export function generationOf(birthYear: number): Generation {
  if (birthYear < 1945) return 'prewar';
  if (birthYear < 1970) return 'postwar';
  if (birthYear < 1995) return 'showaLate';
  return 'heisei';
}

type GivenTable = Record<Generation, readonly (readonly [string, string])[]>;

const MALE: GivenTable = {
  prewar: [
    ['清', 'きよし'],
    ['茂', 'しげる'],
    ['勇', 'いさむ'],
    ['実', 'みのる'],
    ['博', 'ひろし'],
    ['進', 'すすむ'],
    ['正', 'ただし'],
    ['武', 'たけし'],
    ['三郎', 'さぶろう'],
    ['正雄', 'まさお'],
    ['義雄', 'よしお'],
    ['勝', 'まさる'],
    ['弘', 'ひろし'],
    ['稔', 'みのる'],
    ['一郎', 'いちろう'],
  ],
  postwar: [
    ['浩', 'ひろし'],
    ['誠', 'まこと'],
    ['修', 'おさむ'],
    ['隆', 'たかし'],
    ['茂樹', 'しげき'],
    ['和夫', 'かずお'],
    ['正樹', 'まさき'],
    ['秀樹', 'ひでき'],
    ['博之', 'ひろゆき'],
    ['健一', 'けんいち'],
    ['勝利', 'かつとし'],
    ['哲也', 'てつや'],
    ['幸雄', 'ゆきお'],
    ['明', 'あきら'],
    ['俊夫', 'としお'],
  ],
  showaLate: [
    ['大輔', 'だいすけ'],
    ['拓也', 'たくや'],
    ['直樹', 'なおき'],
    ['健太', 'けんた'],
    ['和也', 'かずや'],
    ['達也', 'たつや'],
    ['剛', 'つよし'],
    ['学', 'まなぶ'],
    ['亮', 'りょう'],
    ['雄一', 'ゆういち'],
    ['大樹', 'だいき'],
    ['翔太', 'しょうた'],
    ['裕介', 'ゆうすけ'],
    ['智之', 'ともゆき'],
    ['英樹', 'ひでき'],
  ],
  heisei: [
    ['蓮', 'れん'],
    ['大翔', 'ひろと'],
    ['陽翔', 'はると'],
    ['悠真', 'ゆうま'],
    ['湊', 'みなと'],
    ['樹', 'いつき'],
    ['蒼', 'あおい'],
    ['悠人', 'ゆうと'],
    ['颯太', 'そうた'],
    ['陸', 'りく'],
    ['翔', 'しょう'],
    ['朝陽', 'あさひ'],
    ['律', 'りつ'],
    ['陽太', 'ようた'],
    ['優斗', 'ゆうと'],
  ],
};

const FEMALE: GivenTable = {
  prewar: [
    ['幸子', 'さちこ'],
    ['和子', 'かずこ'],
    ['節子', 'せつこ'],
    ['久子', 'ひさこ'],
    ['文子', 'ふみこ'],
    ['美代子', 'みよこ'],
    ['千代子', 'ちよこ'],
    ['静子', 'しずこ'],
    ['清子', 'きよこ'],
    ['初枝', 'はつえ'],
    ['花子', 'はなこ'],
    ['ハナ', 'はな'],
    ['キヨ', 'きよ'],
    ['トミ', 'とみ'],
    ['貞子', 'さだこ'],
  ],
  postwar: [
    ['恵子', 'けいこ'],
    ['洋子', 'ようこ'],
    ['京子', 'きょうこ'],
    ['美智子', 'みちこ'],
    ['由美子', 'ゆみこ'],
    ['悦子', 'えつこ'],
    ['順子', 'じゅんこ'],
    ['裕子', 'ゆうこ'],
    ['典子', 'のりこ'],
    ['真由美', 'まゆみ'],
    ['智子', 'ともこ'],
    ['陽子', 'ようこ'],
    ['明美', 'あけみ'],
    ['久美子', 'くみこ'],
    ['花江', 'はなえ'],
  ],
  showaLate: [
    ['裕美', 'ひろみ'],
    ['愛', 'あい'],
    ['恵', 'めぐみ'],
    ['直美', 'なおみ'],
    ['由香', 'ゆか'],
    ['智美', 'ともみ'],
    ['美穂', 'みほ'],
    ['麻衣', 'まい'],
    ['彩', 'あや'],
    ['舞', 'まい'],
    ['沙織', 'さおり'],
    ['千尋', 'ちひろ'],
    ['香織', 'かおり'],
    ['瞳', 'ひとみ'],
    ['花', 'はな'],
  ],
  heisei: [
    ['陽菜', 'ひな'],
    ['結愛', 'ゆあ'],
    ['葵', 'あおい'],
    ['凛', 'りん'],
    ['結衣', 'ゆい'],
    ['芽依', 'めい'],
    ['さくら', 'さくら'],
    ['美桜', 'みお'],
    ['莉子', 'りこ'],
    ['花音', 'かのん'],
    ['結菜', 'ゆいな'],
    ['心春', 'こはる'],
    ['杏', 'あん'],
    ['紬', 'つむぎ'],
    ['陽葵', 'ひまり'],
  ],
};

/** A given name fitting the sex and birth year; 'other' and 'unanswered' take either list. */
export function drawGivenName(rng: Prng, sex: string, birthYear: number): Name {
  const table = sex === 'male' ? MALE : sex === 'female' ? FEMALE : rng.chance(0.5) ? MALE : FEMALE;
  const [kanji, kana] = rng.pick(table[generationOf(birthYear)]);
  return { kanji, kana };
}
