import { describe, expect, it } from 'vitest';
import { cleanTitle } from './selectItems';

describe('cleanTitle', () => {
  it.each([
    ['「EBPPMの推進」…', [], 'EBPPMの推進'],
    ['「Society5.0」への対応…', [], '「Society5.0」への対応'],
    ['デジタル社会への移行（DX）＊１', [], 'デジタル社会への移行（DX）'],
    ['PDCA マネジメントサイクル^{※28}', [], 'PDCA マネジメントサイクル'],
    ['「いきいき」「ここに」', [], '「いきいき」「ここに」'],
    ['災害対応人材育成に向けた取組み等 など', ['\\s+など$'], '災害対応人材育成に向けた取組み等'],
    ['  全ての市民に情報が   行き届くまち ', [], '全ての市民に情報が 行き届くまち'],
  ])('%j', (raw, strip, title) => expect(cleanTitle(raw, strip)).toBe(title));
});
