/**
 * 统一社会信用代码 (unified social credit identifier), GB 32100-2015, with the organisation
 * code inside it checked by GB 11714-1997.
 *
 * Layout: [authority][type][6-digit administrative code][9-char organisation code][check].
 */

/** The 31 characters GB 32100 allows, in value order (0–30): no I, O, Z, S or V. */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Registration authorities (登记管理部门, 1st character) and the organisation types (机构类别,
 * 2nd character) each may issue — GB 32100-2015 appendix A, with the later A (军队) and N (农业) rows.
 */
export const creditCodeAuthorities = {
  '1': {
    zh: '机构编制',
    types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { zh: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    zh: '司法行政',
    types: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { zh: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { zh: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    zh: '旅游',
    types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': { zh: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { zh: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { zh: '工商（市场监管）', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { zh: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: {
    zh: '农业',
    types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { zh: '其他', types: { '1': '其他' } },
} as const satisfies Record<string, { zh: string; types: Record<string, string> }>;

export type CreditCodeAuthority = keyof typeof creditCodeAuthorities;

export type CreditCodeFailure =
  | 'length'
  | 'charset'
  | 'registration_authority'
  | 'organisation_type'
  | 'organisation_code_check'
  | 'check_character';

export type CreditCodeResult = { ok: true; code: string } | { ok: false; reason: CreditCodeFailure };

const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
const creditCodeShape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const authorityTable: Readonly<Record<string, { types: Readonly<Record<string, string>> } | undefined>> =
  creditCodeAuthorities;

function issuesType(authority: string, type: string): boolean {
  const types = authorityTable[authority]?.types;
  return types !== undefined && Object.hasOwn(types, type);
}

/** The canonical form: surrounding and inner whitespace removed, letters upper-cased. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** GB 32100 check character for the first 17 characters: 31 − (Σ value×3^i mod 31), 31 → 0. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += creditCodeAlphabet.indexOf(first17.charAt(i)) * (creditWeights[i] ?? 0);
  }
  return creditCodeAlphabet.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 check character for an 8-character organisation-code body: 11 − (Σ mod 11); 10 → X, 11 → 0. */
export function organisationCodeCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charAt(i);
    // GB 11714 values letters over the full alphabet (A = 10 … Z = 35), unlike GB 32100.
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (organisationWeights[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Validates a 统一社会信用代码 (GB 32100-2015). Lower case and whitespace are tolerated and
 * normalised — people copy codes from PDFs and type them on phones — and the canonical
 * upper-case code is returned for storage. `charset` also covers a non-digit in the
 * 6-digit administrative-code segment. The first failing check is reported, in the order
 * of the union.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const code = normaliseCreditCode(input);
  if (code.length !== 18) return { ok: false, reason: 'length' };
  if (!creditCodeShape.test(code)) return { ok: false, reason: 'charset' };
  if (!authorityTable[code.charAt(0)]) return { ok: false, reason: 'registration_authority' };
  if (!issuesType(code.charAt(0), code.charAt(1))) return { ok: false, reason: 'organisation_type' };
  if (organisationCodeCheckCharacter(code.slice(8, 16)) !== code.charAt(16)) {
    return { ok: false, reason: 'organisation_code_check' };
  }
  if (creditCodeCheckCharacter(code) !== code.charAt(17)) return { ok: false, reason: 'check_character' };
  return { ok: true, code };
}

export interface CreditCodeSpec {
  authority: CreditCodeAuthority;
  /** Organisation-type character allowed for the authority, e.g. '2' (民办非企业单位) under '5' (民政). */
  type: string;
  /** 6-digit administrative division code of the registering office, e.g. '310115' (浦东新区). */
  districtCode: string;
}

/**
 * Makes a valid, random 统一社会信用代码 for demo data and tests (GB 32100-2015 with a
 * GB 11714 organisation code). `rng` returns numbers in [0, 1), like `Math.random`; pass a
 * seeded one for repeatable data. Throws `RangeError` for an authority/type pair the
 * standard does not define or a district code that is not 6 digits.
 */
export function generateCreditCode(rng: () => number, spec: CreditCodeSpec): string {
  if (!issuesType(spec.authority, spec.type))
    throw new RangeError(`organisation type ${spec.type} is not issued by ${spec.authority}`);
  if (!/^\d{6}$/.test(spec.districtCode)) throw new RangeError('districtCode must be 6 digits');
  let body = '';
  for (let i = 0; i < 8; i++) {
    body += creditCodeAlphabet.charAt(Math.floor(rng() * creditCodeAlphabet.length) % creditCodeAlphabet.length);
  }
  const first17 = `${spec.authority}${spec.type}${spec.districtCode}${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
