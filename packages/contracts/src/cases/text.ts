import { multiLineText } from '../common/primitives';

/** Required multi-line text: `what` names the field in the message. */
export const requiredText = (max: number, what: string) =>
  multiLineText(max).refine((s) => s.trim().length > 0, { error: `${what}を入力してください / required` });
