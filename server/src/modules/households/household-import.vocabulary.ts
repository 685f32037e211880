import { TEXT_LIMITS, type TextLimit } from '../../common/text';
import { AreaType, DEPRIVATIONS, type Deprivation, Relation, ReviewKind, Sex } from './households.enums';

// The words of the household import: its columns, the values it accepts and its limits. The column
// layout is documented in docs/households-import.md. Each column is known by its key or by the
// Vietnamese heading the district's spreadsheets (exchanged with MIS POSASoft) use.
export const COLUMNS = {
  household_code: 'Mã hộ',
  village_code: 'Mã thôn',
  area_type: 'Khu vực',
  ethnic_minority: 'Hộ DTTS',
  independent_since: 'Ngày tách hộ',
  other_housing_support: 'Đã được hỗ trợ nhà ở',
  member_name: 'Họ và tên',
  relation: 'Quan hệ với chủ hộ',
  sex: 'Giới tính',
  birth_year: 'Năm sinh',
  ethnicity: 'Dân tộc',
  disability: 'Khuyết tật',
  review_year: 'Năm rà soát',
  review_kind: 'Loại rà soát',
  review_month: 'Tháng rà soát',
  income: 'Thu nhập bình quân',
  deprivations: 'Chỉ số thiếu hụt',
  decision_number: 'Số quyết định công nhận',
  recognised_on: 'Ngày công nhận',
} as const;
export type Column = keyof typeof COLUMNS;
export const REQUIRED: Column[] = [
  'household_code',
  'village_code',
  'area_type',
  'ethnic_minority',
  'member_name',
  'relation',
];
export const HOUSEHOLD_FIELDS: Column[] = [
  'village_code',
  'area_type',
  'ethnic_minority',
  'independent_since',
  'other_housing_support',
];
export const REVIEW_FIELDS: Column[] = [
  'review_year',
  'review_kind',
  'review_month',
  'income',
  'deprivations',
  'decision_number',
  'recognised_on',
];

// The text columns, limited to the lengths of the columns they are stored in (common/text.ts).
// The others are read as numbers, dates or words from a list.
export const TEXT_COLUMNS: Partial<Record<Column, TextLimit>> = {
  household_code: TEXT_LIMITS.householdCode,
  village_code: TEXT_LIMITS.villageCode,
  member_name: TEXT_LIMITS.memberName,
  ethnicity: TEXT_LIMITS.ethnicity,
  decision_number: TEXT_LIMITS.recognitionDecisionNumber,
};

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 500_000;
/** Member rows of one household; far more than any household has. */
export const MAX_MEMBERS = 100;

export const normalise = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
export const HEADINGS = new Map<string, Column>(
  (Object.entries(COLUMNS) as [Column, string][]).flatMap(([key, label]) => [
    [normalise(key), key],
    [normalise(label), key],
  ]),
);

const words = (pairs: [string[], string][]) =>
  new Map(pairs.flatMap(([names, value]) => names.map((name) => [normalise(name), value])));
export const AREA = words([
  [['RURAL', 'Nông thôn'], AreaType.RURAL],
  [['URBAN', 'Thành thị'], AreaType.URBAN],
]);
export const YES_NO = words([
  [['1', 'x', 'true', 'yes', 'có', 'c'], 'true'],
  [['0', '', 'false', 'no', 'không', 'k'], 'false'],
]);
export const SEX = words([
  [['MALE', 'Nam'], Sex.MALE],
  [['FEMALE', 'Nữ'], Sex.FEMALE],
]);
export const RELATION = words([
  [['HEAD', 'Chủ hộ'], Relation.HEAD],
  [['SPOUSE', 'Vợ', 'Chồng', 'Vợ/Chồng'], Relation.SPOUSE],
  [['CHILD', 'Con'], Relation.CHILD],
  [['PARENT', 'Bố', 'Mẹ', 'Cha', 'Bố/Mẹ'], Relation.PARENT],
  [['GRANDCHILD', 'Cháu'], Relation.GRANDCHILD],
  [['OTHER', 'Khác'], Relation.OTHER],
]);
export const KIND = words([
  [['PERIODIC', 'Định kỳ'], ReviewKind.PERIODIC],
  [['REGULAR', 'Thường xuyên'], ReviewKind.REGULAR],
]);
// Indicators may be given by name or by their number in Decree 07/2021/NĐ-CP's list (1-12).
export const DEPRIVATION_NAMES = new Map<string, Deprivation>(
  DEPRIVATIONS.flatMap((deprivation, index) => [
    [normalise(deprivation), deprivation],
    [String(index + 1), deprivation],
  ]),
);
