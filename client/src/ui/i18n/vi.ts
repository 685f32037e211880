import type { AdminLevel, Comparator, TargetIndicator } from '../../apollo/generated';
import { formatNumber, formatPercent } from '../format';
import type { Messages } from './messages';

const indicatorName: Record<TargetIndicator, string> = {
  POOR_HOUSEHOLD_RATE: 'Tỷ lệ hộ nghèo',
  POOR_HOUSEHOLD_RATE_REDUCTION: 'Mức giảm tỷ lệ hộ nghèo',
};

// A rate is a percentage; its reduction is in percentage points (điểm %).
const indicatorValue: Record<TargetIndicator, (value: number) => string> = {
  POOR_HOUSEHOLD_RATE: formatPercent,
  POOR_HOUSEHOLD_RATE_REDUCTION: (value: number) => `${formatNumber(value)} điểm %`,
};

const adminLevel: Record<AdminLevel, string> = {
  PROVINCE: 'tỉnh',
  DISTRICT: 'huyện',
  COMMUNE: 'xã',
  VILLAGE: 'thôn',
};

const comparator: Record<Comparator, string> = { AT_MOST: 'tối đa', AT_LEAST: 'ít nhất' };

export const vi: Messages = {
  app: {
    name: 'Ansinh',
    programme: 'Chương trình mục tiêu quốc gia giảm nghèo bền vững',
    skipToContent: 'Chuyển đến nội dung chính',
    loading: 'Đang tải…',
    loadFailed: 'Không tải được dữ liệu.',
    retry: 'Thử lại',
    notFound: 'Không tìm thấy trang này.',
    goHome: 'Về trang Kế hoạch',
  },
  language: {
    label: 'Ngôn ngữ',
    names: { vi: 'Tiếng Việt', en: 'English' },
    short: { vi: 'VI', en: 'EN' },
  },
  signIn: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    invalidCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng',
    failed: 'Không đăng nhập được. Vui lòng thử lại.',
    unreachable: 'Không kết nối được máy chủ. Vui lòng thử lại.',
  },
  account: {
    roles: {
      ADMIN: 'Quản trị',
      FINANCE_OFFICER: 'Cán bộ Tài chính - Kế hoạch',
      PLANNING_OFFICER: 'Cán bộ Lao động - TB&XH',
      COMMUNE_OFFICER: 'Cán bộ xã',
      LEADERSHIP: 'Lãnh đạo',
      ANALYST: 'Phân tích',
    },
    signOut: 'Đăng xuất',
  },
  nav: {
    label: 'Các phần chính',
    sections: {
      plan: 'Kế hoạch',
      allocations: 'Phân bổ',
      households: 'Hộ gia đình',
      targets: 'Chỉ tiêu',
      reports: 'Báo cáo',
    },
  },
  comingSoon: {
    title: 'Đang xây dựng',
    body: 'Phần này đang được xây dựng và sẽ sớm có mặt.',
  },
  plan: {
    year: 'Năm',
    none: (year) => `Chưa có kế hoạch năm ${year}.`,
    statusLabel: 'Trạng thái',
    status: { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành', CLOSED: 'Đã kết thúc' },
    area: 'Địa bàn',
    place: (level, name) => `${adminLevel[level]} ${name}`,
    purposes: 'Mục đích, yêu cầu',
    legalBases: 'Căn cứ pháp lý',
    standard: 'Chuẩn nghèo áp dụng',
    document: {
      number: 'Số hiệu',
      issuedOn: 'Ngày ban hành',
      issuer: 'Cơ quan ban hành',
      title: 'Trích yếu',
    },
    targets: 'Chỉ tiêu của huyện',
    noTargets: 'Chưa có chỉ tiêu.',
    targetSentence: ({ indicator, comparator: kind, value, baseline }) => {
      const format = indicatorValue[indicator];
      const base = baseline === null ? '' : ` (năm gốc ${format(baseline)})`;
      return `${indicatorName[indicator]}: ${comparator[kind]} ${format(value)}${base}`;
    },
    targetProgress: ({ indicator, actual, met }) => {
      const verdict = met === null ? '' : met ? ' (đạt)' : ' (chưa đạt)';
      return `Thực tế: ${indicatorValue[indicator](actual)}${verdict}`;
    },
    deadlines: 'Thời hạn',
    deadlineKind: {
      COMMUNE_PLAN: 'Kế hoạch của xã',
      SEMIANNUAL_REPORT: 'Báo cáo 6 tháng',
      ANNUAL_REPORT: 'Báo cáo năm',
    },
    units: 'Đơn vị thực hiện',
    unit: { code: 'Mã', name: 'Tên đơn vị', kind: 'Loại', duties: 'Nhiệm vụ' },
    unitKind: {
      DISTRICT_OFFICE: 'Cơ quan cấp huyện',
      COMMUNE_COMMITTEE: 'UBND xã',
      OTHER: 'Đơn vị khác',
    },
    dutyCount: (count) => `${count} nhiệm vụ`,
    components: 'Dự án, tiểu dự án',
    componentTitle: {
      PROJECT: (code, name) => `Dự án ${code}: ${name}`,
      SUBPROJECT: (code, name) => `Tiểu dự án ${code}: ${name}`,
    },
    objective: 'Mục tiêu',
    beneficiaries: 'Đối tượng thụ hưởng',
    activities: 'Nội dung hoạt động',
    outputs: 'Kết quả đầu ra',
  },
};
