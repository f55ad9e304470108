import { describe, expect, it } from 'vitest';
import { recognisePlaces } from './place-names.js';

describe('recognisePlaces', () => {
  it('when a district is typed in full, short, pinyin or English, then it is recognised and taken out of the text', () => {
    for (const q of ['闵行区 儿童', '闵行儿童', 'minhang 儿童', 'minhang district 儿童', 'minhangqu 儿童']) {
      expect(recognisePlaces(q), q).toEqual({ places: [{ kind: 'district', code: '310112' }], rest: '儿童' });
    }
    expect(recognisePlaces('pudong new area 养老').places).toEqual([{ kind: 'district', code: '310115' }]);
  });

  it('when a street or town is typed, then it is recognised, and a name two places share gives both', () => {
    expect(recognisePlaces('徐家汇 社工')).toEqual({ places: [{ kind: 'street', code: '310104014' }], rest: '社工' });
    expect(recognisePlaces('xujiahui').places).toEqual([{ kind: 'street', code: '310104014' }]);
    expect(
      recognisePlaces('虹桥')
        .places.map((p) => p.code)
        .sort(),
    ).toEqual(['310105009', '310112107']);
  });

  it('when a place name is only part of a word, then it is not a place (大团队 is not 大团镇)', () => {
    expect(recognisePlaces('大团队建设').places).toEqual([]);
  });

  it('when a short street name is an ordinary word, then only its full name is a place', () => {
    expect(recognisePlaces('中山医院').places).toEqual([]);
    expect(recognisePlaces('建设镇').places).toEqual([{ kind: 'street', code: '310151113' }]);
  });

  it('when there is no place, then the text is left as it is', () => {
    expect(recognisePlaces('儿童 保护')).toEqual({ places: [], rest: '儿童 保护' });
  });
});
