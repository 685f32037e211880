// Reference data: the poverty standard, support norms and eligibility rules of the 2021-2025
// programme, as dated rows (domain brief §2, §4.2, §7). Money in whole đồng.
//
// Verified against secondary sources only (the official texts could not be read in full):
// - Decree 07/2021/NĐ-CP, Art. 3: income lines 1,500,000 (rural) / 2,000,000 (urban) per person per
//   month; average living standard up to 2,250,000 / 3,000,000; poor = at or below the line AND at
//   least 3 of the 12 deprivations. Applied 2022-2025 (the end-2021 review is its baseline).
// - Circular 01/2022/TT-BXD, effective 2022-08-15: Project 5 housing support 40,000,000 đồng for a
//   new house and 20,000,000 for a repair; its issue date (2022-06-30) is unverified.
// - The 36-month newly-escaped window (brief §3.5) is unverified: kept as a parameter.
// - Decision 90/QĐ-TTg (18 Jan 2022, effective on signing) names poor, near-poor and newly escaped
//   households as beneficiaries of projects 2, 3, 4 and 6; the exact list per sub-project is unverified.

export interface DocumentSeed {
  number: string;
  issuer: string;
  issuedOn: string;
  title: string;
}

export const DECREE_07: DocumentSeed = {
  number: '07/2021/NĐ-CP',
  issuer: 'Chính phủ',
  issuedOn: '2021-01-27',
  title: 'Quy định chuẩn nghèo đa chiều giai đoạn 2021-2025',
};

export const CIRCULAR_01_2022: DocumentSeed = {
  number: '01/2022/TT-BXD',
  issuer: 'Bộ Xây dựng',
  issuedOn: '2022-06-30',
  title:
    'Hướng dẫn thực hiện hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo thực hiện Tiểu dự án 1 thuộc Dự án 5 Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
};

export const DECISION_90: DocumentSeed = {
  number: '90/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  issuedOn: '2022-01-18',
  title: 'Phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
};

export const POVERTY_STANDARDS = [
  {
    document: DECREE_07,
    validFrom: '2022-01-01',
    validTo: '2025-12-31',
    ruralIncomeLine: 1_500_000n,
    urbanIncomeLine: 2_000_000n,
    ruralAverageUpper: 2_250_000n,
    urbanAverageUpper: 3_000_000n,
    poorDeprivationCount: 3,
    newlyEscapedMonths: 36,
  },
];

export const SUPPORT_NORMS = [
  { componentCode: '5', kind: 'NEW_HOUSE', amount: 40_000_000n, validFrom: '2022-08-15', document: CIRCULAR_01_2022 },
  {
    componentCode: '5',
    kind: 'HOUSE_REPAIR',
    amount: 20_000_000n,
    validFrom: '2022-08-15',
    document: CIRCULAR_01_2022,
  },
];

type StatusSeed = 'POOR' | 'NEAR_POOR';

export interface EligibilityRuleSeed {
  componentCode: string;
  validFrom: string;
  validTo: string | null;
  statuses: StatusSeed[];
  includesNewlyEscaped: boolean;
  minYearsIndependent: number | null;
  independentReferenceDate: string | null;
  excludesOtherHousingSupport: boolean;
  requiresAnyDeprivation: ('HOUSING_QUALITY' | 'HOUSING_AREA')[];
  document: DocumentSeed;
}

// Decision 90/QĐ-TTg: projects 2, 3, 4 and 6 serve poor, near-poor and newly escaped households.
const sharedRule = (componentCode: string): EligibilityRuleSeed => ({
  componentCode,
  validFrom: '2022-01-18',
  validTo: '2025-12-31',
  statuses: ['POOR', 'NEAR_POOR'],
  includesNewlyEscaped: true,
  minYearsIndependent: null,
  independentReferenceDate: null,
  excludesOtherHousingSupport: false,
  requiresAnyDeprivation: [],
  document: DECISION_90,
});

export const ELIGIBILITY_RULES: EligibilityRuleSeed[] = [
  sharedRule('2'),
  sharedRule('3'),
  sharedRule('4'),
  sharedRule('6'),
  // Circular 01/2022/TT-BXD: poor or near-poor, independent for 3 years before the programme took
  // effect (Decision 90, 18 Jan 2022), no other housing support, and a non-durable house or under
  // 8 m² per person (the same definitions as deprivation indicators 7 and 8).
  {
    componentCode: '5',
    validFrom: '2022-08-15',
    validTo: '2025-12-31',
    statuses: ['POOR', 'NEAR_POOR'],
    includesNewlyEscaped: false,
    minYearsIndependent: 3,
    independentReferenceDate: '2022-01-18',
    excludesOtherHousingSupport: true,
    requiresAnyDeprivation: ['HOUSING_QUALITY', 'HOUSING_AREA'],
    document: CIRCULAR_01_2022,
  },
];
