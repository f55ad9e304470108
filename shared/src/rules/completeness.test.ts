import { describe, expect, it } from 'vitest';
import type { CompletenessInput } from './completeness.js';
import { completenessWeights, profileCompleteness } from './completeness.js';

const empty: CompletenessInput = {
  personal: {},
  education: [],
  certificates: [],
  serviceHistory: [],
  continuingEducation: [],
  serviceDomains: [],
  skills: [],
};

const full: CompletenessInput = {
  personal: { name: '张三', mobile: '13812348000', districtCode: '310104' },
  education: [{}],
  certificates: [{}],
  serviceHistory: [{}],
  continuingEducation: [{}],
  serviceDomains: ['elderly_care'],
  skills: ['个案工作'],
  wishes: { districtCodes: ['310104'] },
};

describe('profileCompleteness', () => {
  it('when the weights are read, then they add up to 100', () => {
    expect(Object.values(completenessWeights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('when nothing is filled, then it is 0% and every section is missing, heaviest first', () => {
    expect(profileCompleteness(empty)).toEqual({
      percent: 0,
      missing: [
        'personal',
        'serviceHistory',
        'education',
        'certificates',
        'continuingEducation',
        'domainsSkills',
        'wishes',
      ],
    });
  });

  it('when everything is filled, then it is 100% with nothing missing', () => {
    expect(profileCompleteness(full)).toEqual({ percent: 100, missing: [] });
  });

  it('when a graduate fills personal data and education only, then it is 35%', () => {
    const graduate = { ...empty, personal: full.personal, education: [{}] };
    expect(profileCompleteness(graduate)).toEqual({
      percent: 35,
      missing: ['serviceHistory', 'certificates', 'continuingEducation', 'domainsSkills', 'wishes'],
    });
  });

  it('when the graduate declares no certificate, history or CE, then those sections count as filled', () => {
    const graduate: CompletenessInput = {
      ...empty,
      personal: full.personal,
      education: [{}],
      declaredNone: ['certificates', 'serviceHistory', 'continuingEducation'],
    };
    expect(profileCompleteness(graduate)).toEqual({ percent: 80, missing: ['domainsSkills', 'wishes'] });
  });

  it('when the district is blank spaces, then personal data is missing', () => {
    const profile = { ...full, personal: { ...full.personal, districtCode: '  ' } };
    expect(profileCompleteness(profile)).toEqual({ percent: 80, missing: ['personal'] });
  });

  it('when domains are given without skills, or wishes are empty lists, then those sections are missing', () => {
    const profile = { ...full, skills: [], wishes: { serviceDomains: [], districtCodes: [] } };
    expect(profileCompleteness(profile)).toEqual({ percent: 80, missing: ['domainsSkills', 'wishes'] });
  });
});
