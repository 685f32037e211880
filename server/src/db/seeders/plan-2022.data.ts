// Seed data: Ia H'Drai district's 2022 poverty-reduction plan, transcribed from the
// source document "000_b8091ea745fe2cf1.txt" (Kế hoạch thực hiện công tác giảm nghèo
// và an sinh xã hội bền vững ... năm 2022, UBND huyện Ia H'Drai).
//
// All Vietnamese texts are verbatim (NFC). Only layout was repaired: sentences cut by
// page breaks and footnotes are stitched back, footnote markers/lines and the italics
// asterisks are dropped, "+ " bullets become array items.
//
// Derived, not quoted:
// - the end-2021 baseline 40.73% (domain brief §8.2);
// - the objectives of projects 3, 4, 6 and 7, which the plan gives only through their
//   sub-projects (joined sub-project names);
// - the internal ADMIN_UNITS codes and all IMPLEMENTING_UNITS codes;
// - leadUnitCodes (see the note above COMPONENTS).
// The copy lives here because the app must not read ../shared at run time.

export type ComponentKindSeed = 'PROJECT' | 'SUBPROJECT';

export interface ComponentSeed {
  code: string;
  kind: ComponentKindSeed;
  name: string;
  objective: string;
  beneficiaries: string;
  activities: string[];
  outputs: string[];
  leadUnitCodes: string[];
}

export interface ImplementingUnitSeed {
  code: string;
  name: string;
  kind: 'DISTRICT_OFFICE' | 'COMMUNE_COMMITTEE' | 'OTHER';
  communeCode?: string;
  duties: string[];
}

export interface AdminUnitSeed {
  code: string;
  name: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  parentCode?: string;
}

export interface LegalDocumentSeed {
  key: string;
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
}

// Internal readable codes, not Vietnam's official administrative codes (those are not
// in our sources). Villages (thôn) are not listed in the plan and are left out.
export const ADMIN_UNITS: AdminUnitSeed[] = [
  { code: 'KT', name: 'Kon Tum', level: 'PROVINCE' },
  { code: 'KT-IAHDRAI', name: `Ia H'Drai`, level: 'DISTRICT', parentCode: 'KT' },
  { code: 'KT-IAHDRAI-IATOI', name: 'Ia Tơi', level: 'COMMUNE', parentCode: 'KT-IAHDRAI' },
  { code: 'KT-IAHDRAI-IADAL', name: 'Ia Đal', level: 'COMMUNE', parentCode: 'KT-IAHDRAI' },
  { code: 'KT-IAHDRAI-IADOM', name: 'Ia Dom', level: 'COMMUNE', parentCode: 'KT-IAHDRAI' },
];

export const LEGAL_DOCUMENTS: LegalDocumentSeed[] = [
  {
    key: 'CV-586',
    number: '586/UBND-KGVX',
    issuedOn: '2022-03-03',
    issuer: 'UBND tỉnh Kon Tum',
    title: 'về việc giao chỉ tiêu giảm nghèo năm 2022 trên địa bàn tỉnh Kon Tum',
  },
  {
    key: 'QD-75',
    number: '75/QĐ-UBND',
    issuedOn: '2022-03-28',
    issuer: `UBND huyện Ia H'Drai`,
    title: 'về việc điều chỉnh chỉ tiêu giảm nghèo năm 2022',
  },
  {
    key: 'ND-07',
    number: '07/2021/NĐ-CP',
    issuedOn: '2021-01-27',
    issuer: 'Chính phủ',
    title: 'Quy định chuẩn nghèo đa chiều giai đoạn 2021-2025',
  },
];

export const PLAN_2022: {
  year: 2022;
  title: string;
  districtCode: string;
  legalBasisKeys: string[];
  standardKey: 'ND-07';
  purposes: string[];
} = {
  year: 2022,
  // The heading reads "KẾ HOẠCH" / "Thực hiện công tác ..."; joined into one title.
  title: `Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội bền vững trên địa bàn huyện Ia H'Drai năm 2022`,
  districtCode: 'KT-IAHDRAI',
  legalBasisKeys: ['CV-586', 'QD-75'],
  standardKey: 'ND-07',
  purposes: [
    'Nhằm thực hiện hiệu quả chương trình mục tiêu giảm nghèo và an sinh xã hội bền vững trong năm 2022; phấn đấu đạt các chỉ tiêu của huyện về công tác giảm nghèo năm 2022.',
    'Việc thực hiện Kế hoạch này phải gắn với việc thực hiện phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh, xây dựng hệ thống chính trị của huyện năm 2022, đảm bảo sự thống nhất và đồng bộ trong việc tổ chức của Ủy ban nhân dân huyện.',
  ],
};

// Per-commune targets are in the plan's appendix, which we do not have: none are seeded.
export const DISTRICT_TARGETS: {
  indicator: 'POOR_HOUSEHOLD_RATE' | 'POOR_HOUSEHOLD_RATE_REDUCTION';
  comparator: 'AT_MOST' | 'AT_LEAST';
  value: string;
  baseline: string | null;
  sourceText: string;
}[] = [
  {
    indicator: 'POOR_HOUSEHOLD_RATE',
    comparator: 'AT_MOST',
    value: '32.73',
    // End-2021 rate, not in the plan: derived in domain brief §8.2 (976 / 0.7578 / 3,162),
    // and equal to 32.73 + 8.
    baseline: '40.73',
    sourceText: 'Tỷ lệ hộ nghèo giảm bằng hoặc dưới 32,73%.',
  },
  {
    indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION',
    comparator: 'AT_LEAST',
    value: '8',
    baseline: null,
    sourceText: 'Mức giảm tỷ lệ hộ nghèo: Giảm ít nhất 8%.',
  },
];

// The plan says "trước ngày" (before) each date; dueOn is the date as written.
export const DEADLINES: {
  kind: 'COMMUNE_PLAN' | 'SEMIANNUAL_REPORT' | 'ANNUAL_REPORT';
  dueOn: string;
  sourceText: string;
}[] = [
  {
    kind: 'COMMUNE_PLAN',
    dueOn: '2022-04-30',
    sourceText:
      'Căn cứ Kế hoạch này và tình hình thực tế của địa phương, khẩn trương xây dựng Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội bền vững năm 2022 trên địa bàn quản lý (hoàn thành trước ngày 30/4/2022).',
  },
  {
    kind: 'SEMIANNUAL_REPORT',
    dueOn: '2022-06-10',
    sourceText:
      'Các đơn vị, địa phương căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; Định kỳ 6 tháng (trước ngày 10/6/2022) và cả năm (trước ngày 10/11/2022) báo cáo kết quả thực hiện về Phòng Lao động - Thương binh và Xã hội để tổng hợp chung.',
  },
  {
    kind: 'ANNUAL_REPORT',
    dueOn: '2022-11-10',
    sourceText:
      'Các đơn vị, địa phương căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; Định kỳ 6 tháng (trước ngày 10/6/2022) và cả năm (trước ngày 10/11/2022) báo cáo kết quả thực hiện về Phòng Lao động - Thương binh và Xã hội để tổng hợp chung.',
  },
];

// The plan never names a unit for a project: funds are to be "phân bổ cho các đơn vị
// liên quan" once the province assigns them. leadUnitCodes are therefore set only where
// a duty in "V. TỔ CHỨC THỰC HIỆN" is the same activity as the component's:
// 6.2 (LĐTBXH chairs the commendations of the "Cả nước chung tay vì người nghèo"
// movement) and 7.2 (LĐTBXH and the communes run the household review, monitoring and
// evaluation). Everything else stays empty until the allocation names the units.
const COMMUNE_UNIT_CODES = ['UBND-IATOI', 'UBND-IADAL', 'UBND-IADOM'];

export const COMPONENTS: ComponentSeed[] = [
  {
    code: '1',
    kind: 'PROJECT',
    name: 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các xã',
    objective:
      'Tăng cường cơ sở hạ tầng thiết yếu, tăng cường tính kết nối, phục vụ cho sản xuất và dân sinh ở các xã; tăng cường năng lực, tạo điều kiện để người dân và cộng đồng tham gia thực hiện, tạo việc làm; góp phần giảm rủi ro thiên tai, thích ứng với biến đổi khí hậu; thực hiện công tác duy tu bảo dưỡng dựa vào cộng đồng.',
    beneficiaries:
      'Các xã trên địa bàn huyện (không bao gồm xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi).',
    activities: [
      'Đầu tư phát triển cơ sở hạ tầng kinh tế - xã hội thiết yếu trên địa bàn huyện (công trình đầu tư cấp huyện, liên xã) liên kết vùng phục vụ dân sinh, sản xuất, thương mại, lưu thông hàng hóa.',
      'Hỗ trợ duy tu và bảo dưỡng các công trình phục vụ dân sinh, sản xuất, thiết yếu trên địa bàn các xã nghèo.',
    ],
    outputs: [
      'Các công trình cơ sở hạ tầng phục vụ trực tiếp cho sản xuất và dân sinh, đáp ứng nhu cầu của người dân hưởng lợi, ưu tiên các công trình có nhiều người hưởng lợi là hộ nghèo, cận nghèo, mới thoát nghèo, hộ dân tộc thiểu số, phụ nữ.',
      'Các công trình phục vụ dân sinh được duy tu và bảo dưỡng trên địa bàn huyện.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '2',
    kind: 'PROJECT',
    name: 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
    objective:
      'Hỗ trợ đa dạng hóa sinh kế, xây dựng, phát triển các mô hình giảm nghèo, dự án hỗ trợ phát triển sản xuất nhằm tạo việc làm, sinh kế bền vững, có thu nhập tốt, nâng cao chất lượng cuộc sống và thích ứng với biến đổi khí hậu, dịch bệnh cho người nghèo; góp phần thực hiện mục tiêu chuyển dịch cơ cấu kinh tế, cơ cấu lao động, phát huy các giá trị văn hoá của dân tộc để thực hiện mục tiêu giảm nghèo bền vững, thúc đẩy tăng trưởng kinh tế.',
    beneficiaries: [
      'Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo), người khuyết tật (không có sinh kế ổn định) trên phạm vi toàn huyện; người dân sinh sống ở vùng nghèo, vùng khó khăn. Ưu tiên hỗ trợ hộ nghèo dân tộc thiểu số, hộ nghèo có thành viên là người có công với cách mạng và phụ nữ thuộc hộ nghèo.',
      'Cá nhân, tổ chức, hộ gia đình, tổ, nhóm hợp tác, hợp tác xã, công ty, doanh nghiệp; cơ sở sản xuất, kinh doanh khác xây dựng, nhân rộng, phát triển mô hình giảm nghèo, dự án hỗ trợ phát triển sản xuất nhằm tạo việc làm, sinh kế, tăng thu nhập và chuyển giao khoa học, công nghệ, kỹ thuật, mô hình giảm nghèo cho người nghèo; ưu tiên hỗ trợ các mô hình giảm nghèo triển khai trên địa bàn xã nghèo. Ưu tiên hỗ trợ các mô hình giảm nghèo, mô hình khởi nghiệp, khởi sự kinh doanh do người khuyết tật, dân tộc thiểu số, phụ nữ, học sinh, sinh viên thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo chịu trách nhiệm thực hiện.',
    ].join('\n'),
    activities: [
      'Hỗ trợ thí điểm, xây dựng, phát triển, nhân rộng các mô hình giảm nghèo, dự án hỗ trợ phát triển sản xuất, kinh doanh, dịch vụ, thương mại, du lịch (thông qua các hình thức như hợp tác xã, tổ hợp tác, tổ tự quản, tổ thoát nghèo, công ty, doanh nghiệp hoặc mô hình khác) nhằm đa dạng hóa sinh kế, tạo việc làm bền vững, có thu nhập tốt cho hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
    ],
    outputs: [
      'Nhân rộng các mô hình giảm nghèo, dự án hỗ trợ phát triển sản xuất cho người nghèo, người khuyết tật có hiệu quả phù hợp với điều kiện sinh thái của vùng.',
      'Hỗ trợ phát triển các tổ hợp tác, hợp tác xã tạo việc làm, sinh kế bền vững, thu nhập ổn định cho người nghèo, người dân sinh sống trên địa bàn nghèo, khó khăn. Ưu tiên hỗ trợ các mô hình, dự án hỗ trợ phát triển sản xuất do phụ nữ, người khuyết tật, người dân tộc thiểu số quản lý; ưu tiên hỗ trợ mô hình thuộc lĩnh vực: Trồng trọt, chăn nuôi, tiểu thủ công nghiệp, phát triển du lịch bản địa.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '3',
    kind: 'PROJECT',
    name: 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng',
    // The plan states no objective of its own for project 3: its sub-projects' names.
    objective: 'Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp; cải thiện dinh dưỡng',
    beneficiaries: '',
    activities: [],
    outputs: [],
    leadUnitCodes: [],
  },
  {
    code: '3.1',
    kind: 'SUBPROJECT',
    name: 'Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp',
    objective:
      'Hỗ trợ người nghèo; người dân sinh sống ở vùng nghèo, vùng khó khăn nâng cao năng lực sản xuất nông, lâm nghiệp nhằm đổi mới phương thức, kỹ thuật sản xuất, đáp ứng nhu cầu dinh dưỡng, tăng thu nhập. Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp theo hướng sản xuất hàng hóa, gắn sản xuất với chế biến, tiêu thụ, nâng cao chất lượng, đảm bảo vệ sinh an toàn thực phẩm, tăng cường kết nối giữa người sản xuất và các công ty, doanh nghiệp trong chuỗi giá trị, ưu tiên phát triển các sản phẩm có tiềm năng, thế mạnh tại địa phương, tạo giá trị gia tăng cho người sản xuất để nâng cao thu nhập, giảm nghèo bền vững.',
    // The second paragraph is a "- " item printed between the beneficiaries and the
    // activities; it narrows where the support goes, so it is kept with the beneficiaries.
    beneficiaries: [
      'Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo), người khuyết tật (không có sinh kế ổn định) trên phạm vi toàn huyện; người dân sinh sống ở vùng nghèo, vùng khó khăn. Ưu tiên hỗ trợ hộ nghèo dân tộc thiểu số, hộ nghèo có thành viên là người có công với cách mạng và phụ nữ thuộc hộ nghèo.',
      'Chú trọng thực hiện ở các xã nghèo, có tiềm năng thuận lợi để phát triển sản xuất hàng hóa, kết nối thị trường, có khả năng thu hút các công ty, doanh nghiệp, hợp tác xã, đầu tư phát triển sản xuất bền vững.',
    ].join('\n'),
    activities: [
      'Hỗ trợ phát triển, đổi mới phương thức, kỹ thuật sản xuất nông, lâm, nghiệp: Tập huấn, chuyển giao kỹ thuật; giống cây trồng, vật nuôi; thiết bị, vật tư, dụng cụ sản xuất; phân bón, thức ăn chăn nuôi, thuốc bảo vệ thực vật, thú y và hỗ trợ khác theo quy định.',
      'Hỗ trợ tập huấn kỹ thuật, áp dụng khoa học kỹ thuật vào sản xuất, tư vấn chuyển giao kỹ thuật cho người nghèo.',
      'Hỗ trợ việc phát hiện, đánh giá, tài liệu hóa, thử nghiệm, thí điểm các mô hình, giải pháp về phát triển sản xuất nông nghiệp và phát triển chuỗi giá trị mang tính sáng tạo, hiệu quả tại các địa bàn cụ thể và hỗ trợ nhân rộng, thể chế hóa các mô hình, giải pháp đó ở quy mô lớn hơn, ở các thôn, xã khác; ưu tiên nhân rộng các mô hình, giải pháp sáng tạo, hiệu quả có sự tham gia tích cực, chủ động của các địa phương, đối tác phát triển, doanh nghiệp, tổ chức xã hội, cơ quan dịch vụ công...',
    ],
    outputs: [
      'Hỗ trợ phát triển sản xuất nhằm đáp ứng nhu cầu dinh dưỡng; nâng cao năng suất cây trồng, vật nuôi.',
      'Nâng cao năng lực quản lý sản xuất, kinh tế của các hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và các nội dung hỗ trợ khác phù hợp với tính chất của hoạt động sinh kế định hướng thị trường; khuyến khích các công ty, doanh nghiệp, hợp tác xã tham gia cam kết bao tiêu sản phẩm.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '3.2',
    kind: 'SUBPROJECT',
    name: 'Cải thiện dinh dưỡng',
    objective:
      'Cải thiện tình trạng dinh dưỡng và giảm suy dinh dưỡng thấp còi, chăm sóc sức khỏe, nâng cao thể trạng và tầm vóc của trẻ em 0-16 tuổi thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo) và trẻ em vùng nghèo, vùng đặc biệt khó khăn.',
    beneficiaries: [
      'Trẻ em, phụ nữ mang thai và cho con bú thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo), khu vực nông thôn.',
      'Trẻ em, phụ nữ mang thai và cho con bú, hộ gia đình, cơ sở y tế trên địa bàn huyện.',
    ].join('\n'),
    activities: [
      'Tăng cường việc tiếp cận với các can thiệp trực tiếp phòng chống suy dinh dưỡng, thiếu vi chất dinh dưỡng cho bà mẹ, trẻ em dưới 5 tuổi thuộc hộ gia đình nghèo và cận nghèo, vùng đặc biệt khó khăn.',
      'Tăng cường hoạt động chất lượng bữa ăn học đường và giáo dục chăm sóc dinh dưỡng; bảo vệ, chăm sóc cho trẻ học đường (trẻ 5-16 tuổi).',
      'Tăng cường công tác thông tin, truyền thông và tư vấn cho phụ nữ có thai, bà mẹ nuôi con nhỏ, người chăm sóc trẻ về lợi ích của việc chăm sóc dinh dưỡng cho phụ nữ và trẻ em 0-16 tuổi.',
      'Nâng cao năng lực cho cán bộ y tế tuyến cơ sở, nhân viên y tế thôn bản và cán bộ bảo vệ, chăm sóc trẻ em cấp xã; tăng cường nguồn lực và vai trò phối hợp liên ngành về cải thiện chăm sóc dinh dưỡng phụ nữ, trẻ em 0-16 tuổi.',
      'Theo dõi, giám sát và báo cáo kết quả hoạt động.',
    ],
    outputs: [
      'Hạ xuống mức thấp các thể thiếu dinh dưỡng ở bà mẹ và trẻ em vùng khó khăn, hộ nghèo và cận nghèo.',
      'Cải thiện tình trạng thiếu vi chất dinh dưỡng ở trẻ em, thanh thiếu niên và phụ nữ lứa tuổi sinh đẻ vùng khó khăn, hộ nghèo và hộ cận nghèo.',
      'Bảo đảm an ninh thực phẩm và ứng phó về dinh dưỡng với tình huống khẩn cấp cho trẻ em tại vùng khó khăn.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '4',
    kind: 'PROJECT',
    name: 'Phát triển giáo dục nghề nghiệp, việc làm bền vững',
    // The plan states no objective of its own for project 4: its sub-projects' names.
    objective:
      'Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn; hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng; hỗ trợ việc làm bền vững',
    beneficiaries: '',
    activities: [],
    outputs: [],
    leadUnitCodes: [],
  },
  {
    code: '4.1',
    kind: 'SUBPROJECT',
    name: 'Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn',
    objective:
      'Phát triển đồng bộ giáo dục nghề nghiệp ở vùng nghèo, vùng khó khăn; hỗ trợ người thuộc hộ nghèo, hộ cận nghèo, người mới thoát nghèo, người lao động có thu nhập thấp nâng cao kỹ năng nghề nghiệp; tạo sinh kế, tạo việc làm, tăng thu nhập và nâng cao chất lượng cuộc sống của người nghèo, phòng ngừa, hạn chế người dân rơi vào tình trạng đói nghèo, tái nghèo, góp phần giảm nghèo bền vững.',
    beneficiaries: [
      'Người học nghề, lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo), người lao động có thu nhập thấp.',
      'Các cơ sở giáo dục nghề nghiệp tại vùng nghèo, vùng khó khăn.',
      'Các công ty, doanh nghiệp, tổ chức và cá nhân có liên quan.',
      'Các đơn vị, địa phương được giao nhiệm vụ thực hiện các hoạt động của Tiểu dự án.',
    ].join('\n'),
    activities: [
      'Hỗ trợ đầu tư cơ sở vật chất, thiết bị, phương tiện đào tạo cho các cơ sở giáo dục nghề nghiệp tại vùng nghèo, vùng khó khăn.',
      'Xây dựng các chuẩn, phát triển chương trình, học liệu; phát triển nhà giáo và cán bộ quản lý phù hợp với đối tượng, trình độ phát triển kinh tế - xã hội ở vùng nghèo, vùng khó khăn.',
      'Điều tra, khảo sát, thống kê, dự báo nhu cầu học nghề; truyền thông, hướng nghiệp, hỗ trợ khởi nghiệp và tạo việc làm vùng nghèo, vùng khó khăn.',
      'Phát triển mô hình gắn kết giáo dục nghề nghiệp với công ty, doanh nghiệp vùng nghèo, vùng khó khăn.',
      'Đào tạo nghề cho người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, người lao động có thu nhập thấp.',
    ],
    outputs: [
      'Người thuộc hộ nghèo, hộ cận nghèo, người mới thoát nghèo, người lao động có thu nhập thấp được nâng cao kỹ năng nghề nghiệp.',
      'Tạo sinh kế, tạo việc làm, tăng thu nhập và nâng cao chất lượng cuộc sống của người nghèo.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '4.2',
    kind: 'SUBPROJECT',
    name: 'Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng',
    objective:
      'Đẩy mạnh hoạt động đưa người lao động đi làm việc ở nước ngoài ở các xã nghèo; hỗ trợ hoạt động đào tạo nâng cao trình độ ngoại ngữ, kỹ năng nghề cho người lao động trước khi đi làm việc ở nước ngoài theo hợp đồng góp phần tạo việc làm nâng cao thu nhập và giảm nghèo bền vững, nhất là người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, người lao động thuộc vùng nghèo, vùng khó khăn.',
    beneficiaries: [
      'Người lao động cư trú trên địa bàn các xã nghèo có nhu cầu đi làm việc ở nước ngoài (không bao gồm các địa bàn được hưởng cơ chế, chính sách hỗ trợ người lao động đi làm việc ở nước ngoài quy định tại Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030); ưu tiên lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
      'Cơ sở đào tạo, công ty, doanh nghiệp, tổ chức sự nghiệp, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng; các tổ chức, cá nhân tư vấn cho người lao động đi làm việc ở nước ngoài. Người lao động tham gia các khóa đào tạo nâng cao trình độ ngoại ngữ để đi làm việc ở nước ngoài theo các Hiệp định ký giữa Chính phủ Việt Nam và Chính phủ nước tiếp nhận.',
    ].join('\n'),
    activities: [
      'Hỗ trợ người lao động thuộc các xã nghèo: Hỗ trợ học nghề, ngoại ngữ và giáo dục định hướng để đi làm việc ở nước ngoài theo hợp đồng; hỗ trợ tiền ăn, sinh hoạt phí, tiền ở trong thời gian tham gia đào tạo; hỗ trợ tiền đi lại trong thời gian tham gia đào tạo, trang cấp đồ dùng cá nhân thiết yếu; hỗ trợ chi phí khám sức khỏe; làm hộ chiếu, thị thực và lý lịch tư pháp để đi làm việc ở nước ngoài theo hợp đồng. Vay vốn tại Ngân hàng chính sách xã hội để đi làm việc ở nước ngoài. Hỗ trợ giới thiệu, tư vấn về đi làm việc ở nước ngoài theo hợp đồng cho người lao động.',
      'Hỗ trợ đào tạo nâng cao trình độ ngoại ngữ cho người lao động trước khi đi làm việc ở nước ngoài theo hợp đồng: Hỗ trợ một phần chi phí đào tạo ngoại ngữ cho người lao động trước khi đi làm việc ở nước ngoài theo các Chương trình đưa người lao động đi làm việc ở nước ngoài theo Hiệp định ký giữa Chính phủ Việt Nam và Chính phủ nước tiếp nhận.',
    ],
    outputs: [
      'Người lao động thuộc các hộ nghèo, đặc biệt là lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo được hỗ trợ các nội dung theo quy định để đi làm việc ở nước ngoài theo hợp đồng, góp phần thoát nghèo bền vững.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '4.3',
    kind: 'SUBPROJECT',
    name: 'Hỗ trợ việc làm bền vững',
    objective:
      'Cung cấp thông tin thị trường lao động, đa dạng hóa các hoạt động giao dịch việc làm, kết nối cung cầu lao động, hỗ trợ tạo việc làm bền vững cho người lao động, ưu tiên người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; người lao động vùng nghèo, vùng khó khăn.',
    beneficiaries: [
      'Người lao động, ưu tiên lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo).',
      'Người lao động vùng nghèo, vùng khó khăn. Trung tâm Dịch vụ việc làm tỉnh, công ty, doanh nghiệp dịch vụ việc làm vùng nghèo, vùng khó khăn.',
      'Cơ quan quản lý Nhà nước các cấp ở địa phương.',
    ].join('\n'),
    activities: [
      'Hiện đại hóa hệ thống thông tin thị trường lao động: Đầu tư hệ thống mạng, đường truyền, hệ thống máy chủ, máy tính, hệ thống trang thiết bị phục vụ lưu trữ, hệ thống an ninh bảo mật... (phục vụ thu thập, xử lý, phân tích thông tin và dự báo thị trường lao động) cho Phòng Lao động - Thương binh và Xã hội, Ủy ban nhân dân các xã. Thu thập thông tin việc làm trống/nhu cầu tuyển dụng của người sử dụng lao động và nhu cầu đăng ký tìm việc làm của người lao động (cơ sở dữ liệu việc tìm người - người tìm việc).',
      'Hỗ trợ giao dịch việc làm, kết nối cung - cầu lao động: Tổ chức các hoạt động giao dịch việc làm, tạo cơ hội cho người lao động, nhất là lao động phi chính thức, lao động nghèo, vùng sâu, vùng xa tiếp cận được thông tin về chính sách lao động, việc làm và tìm kiếm các cơ hội việc làm phù hợp khả năng, nguyện vọng của bản thân.',
      'Quản lý lao động gắn với cơ sở dữ liệu về dân cư: Đầu tư hệ thống trang thiết bị máy chủ, đường truyền, thiết bị để nhập tin, lưu trữ, cập nhật dữ liệu; quản trị, vận hành hệ thống phần mềm. Tổ chức thu thập, nhập dữ liệu và cập nhật thông tin của người lao động vào phần mềm thu thập thông tin về người lao động. Đào tạo, tập huấn cho người thu thập, nhập dữ liệu và cập nhật thông tin của người lao động.',
      'Thu thập, phân tích, dự báo thị trường lao động trên địa bàn huyện. Phổ biến các ấn phẩm phân tích, dự báo thị trường lao động.',
      'Hỗ trợ kết nối việc làm cho người lao động thuộc xã nghèo, hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
    ],
    outputs: [
      'Hệ thống cơ sở dữ liệu về người lao động được vận hành.',
      'Cung cấp kịp thời thông tin về chính sách lao động, việc làm và cơ hội việc làm phù hợp với khả năng, nguyện vọng của người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
      'Tạo việc làm cho người lao động thuộc xã nghèo, hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo để thoát nghèo bền vững.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '5',
    kind: 'PROJECT',
    name: 'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các xã',
    objective:
      'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các xã nghèo; bảo đảm hộ nghèo, hộ cận nghèo có nhà ở an toàn, ổn định, có khả năng chống chịu tác động của thiên tai, góp phần nâng cao chất lượng cuộc sống và giảm nghèo bền vững.',
    beneficiaries:
      'Hộ nghèo, hộ cận nghèo trên địa bàn xã nghèo, có trong danh sách hộ nghèo, hộ cận nghèo do Ủy ban nhân dân cấp xã quản lý tại thời điểm Chương trình có hiệu lực thi hành và là hộ độc lập có thời gian tách hộ đến khi Chương trình có hiệu lực thi hành tối thiểu 03 năm. Không bao gồm các hộ được hỗ trợ nhà ở thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030.',
    // "30m²" is the unit of area, not a footnote marker.
    activities: [
      'Hỗ trợ hộ nghèo, hộ cận nghèo để thực hiện xây mới hoặc sửa chữa nhà ở, đảm bảo sau khi được hỗ trợ, các hộ gia đình có nhà ở mới hoặc sửa chữa, nâng cấp nhà ở đang có, đảm bảo diện tích sử dụng tối thiểu 30m² và “3 cứng” (nền cứng, khung - tường cứng, mái cứng); tuổi thọ căn nhà từ 20 năm trở lên.',
    ],
    outputs: [
      'Hộ nghèo, hộ cận nghèo thuộc các xã nghèo chưa có nhà ở hoặc đã có nhà ở nhưng nhà ở quá tạm bợ, hư hỏng, dột nát, có nguy cơ sập đổ và không có khả năng tự cải thiện nhà ở được hỗ trợ về nhà ở.',
      'Giảm tỷ lệ thiếu hụt về nhà ở tại các xã nghèo.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '6',
    kind: 'PROJECT',
    name: 'Truyền thông và giảm nghèo về thông tin',
    // The plan states no objective of its own for project 6: its sub-projects' names.
    objective: 'Giảm nghèo về thông tin; truyền thông về giảm nghèo đa chiều',
    beneficiaries: '',
    activities: [],
    outputs: [],
    leadUnitCodes: [],
  },
  {
    code: '6.1',
    kind: 'SUBPROJECT',
    name: 'Giảm nghèo về thông tin',
    objective: [
      'Hỗ trợ hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo) có nhu cầu, sử dụng hiệu quả dịch vụ thông tin, viễn thông, dịch vụ truy nhập internet.',
      'Hỗ trợ, tạo điều kiện tiếp cận thông tin thiết yếu cho cộng đồng dân cư; đảm bảo 100% xã có điều kiện kinh tế - xã hội đặc biệt khó khăn có điểm cung cấp thông tin công cộng phục vụ người dân sử dụng dịch vụ thông tin thiết yếu; góp phần thúc đẩy phát triển kinh tế - xã hội ở các khu vực này.',
      'Tăng cường cung cấp thông tin về cơ sở, nhất là cung cấp thông tin cho người dân sinh sống trên địa bàn các xã có tỷ lệ hộ nghèo cao, vùng đồng bào dân tộc thiểu số, miền núi các thông tin về kiến thức, kỹ năng, mô hình, kinh nghiệm lao động, sản xuất, kinh doanh; truyền thông nâng cao nhận thức, trách nhiệm của toàn xã hội, của người nghèo về công tác giảm nghèo, đảm bảo an sinh xã hội bền vững.',
      'Nâng cao năng lực, hiệu quả hoạt động của hệ thống thông tin cơ sở; đảm bảo 100% xã có điều kiện kinh tế - xã hội đặc biệt khó khăn có hệ thống đài truyền thanh hoạt động, phục vụ tốt cho công tác thông tin, tuyên truyền và quản lý, điều hành tại địa phương.',
    ].join('\n'),
    beneficiaries: [
      'Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo (trong vòng 36 tháng kể từ thời điểm thoát nghèo); người dân sinh sống ở vùng nghèo, vùng khó khăn.',
      'Các địa bàn nghèo, khó khăn.',
      'Các tổ chức và cá nhân có liên quan.',
    ].join('\n'),
    activities: [
      'Nâng cao năng lực cho cán bộ thông tin và truyền thông.',
      'Hỗ trợ hộ gia đình nghèo, hộ cận nghèo tiếp cận thông tin.',
      'Thiết lập các cụm thông tin điện tử công cộng phục vụ thông tin, tuyên truyền đối ngoại tại cửa khẩu biên giới và cung cấp nội dung thông tin phục vụ tuyên truyền ở các xã biên giới.',
      'Cung cấp dịch vụ thông tin công cộng phục vụ tiếp cận thông tin của Nhân dân ở các xã có điều kiện kinh tế - xã hội đặc biệt khó khăn.',
      'Tăng cường cơ sở vật chất cho hoạt động thông tin cơ sở và cung cấp nội dung thông tin thiết yếu cho xã hội, ưu tiên đối với xã có điều kiện kinh tế - xã hội đặc biệt khó khăn.',
    ],
    outputs: [
      'Cán bộ làm công tác thông tin, tuyên truyền các ngành, các cấp; phóng viên, biên tập viên; cán bộ thông tin, tuyên truyền ở cơ sở; cán bộ làm công tác thông tin, tuyên truyền của các tổ chức chính trị - xã hội được tham gia các lớp tập huấn, nâng cao năng lực về kỹ năng, chuyên môn, nghiệp vụ thông tin, tuyên truyền.',
      'Hỗ trợ hộ nghèo, hộ cận nghèo có nhu cầu sử dụng dịch vụ truy nhập dịch vụ viễn thông di động, dịch vụ truy nhập internet băng rộng một phần chi phí trang bị máy điện thoại thông minh và chi phí sử dụng dịch vụ; ưu tiên đối với hộ nghèo, hộ cận nghèo ở khu vực có điều kiện kinh tế - xã hội đặc biệt khó khăn (thực hiện bằng nguồn kinh phí của Chương trình cung cấp dịch vụ viễn thông công ích và các nguồn xã hội hóa theo quy định của pháp luật).',
      'Thiết lập mới đài truyền thanh xã cho các xã chưa có đài truyền thanh và nâng cấp, chuyển đổi đài truyền thanh cũ (công nghệ FM hoặc đài có dây), hoạt động kém hiệu quả sang đài truyền thanh ứng dụng công nghệ thông tin - viễn thông đối với các xã có điều kiện kinh tế - xã hội đặc biệt khó khăn',
    ],
    leadUnitCodes: [],
  },
  {
    code: '6.2',
    kind: 'SUBPROJECT',
    name: 'Truyền thông về giảm nghèo đa chiều',
    objective:
      'Tăng cường truyền thông, nâng cao nhận thức, trách nhiệm của toàn xã hội về công tác giảm nghèo đa chiều, bao trùm, bền vững nhằm khơi dậy tinh thần tự lực, tự cường vươn lên thoát nghèo của người dân và cộng đồng, huy động nguồn lực để thực hiện mục tiêu giảm nghèo bền vững; tuyên truyền các gương điển hình, sáng kiến, mô hình tốt về giảm nghèo để thúc đẩy, nhân rộng và lan tỏa trong xã hội.',
    beneficiaries:
      'Người nghèo, người dân tại các địa bàn thực hiện Chương trình; các tổ chức và cá nhân có liên quan.',
    activities: [
      'Xây dựng chuyên trang, chuyên mục, phóng sự, ấn phẩm truyền thông; tổ chức các hội thảo, hội nghị về giảm nghèo bền vững.',
      'Tuyên truyền, giáo dục, nâng cao nhận thức và trách nhiệm của cán bộ đảng viên, nhất là người đứng đầu trong công tác giảm nghèo; phát huy mạnh mẽ truyền thống đoàn kết, tinh thần “tương thân tương ái” của dân tộc ta đối với người nghèo.',
      'Truyền thông hướng dẫn người nghèo, hộ nghèo có kiến thức, kinh nghiệm trong lao động sản xuất, chủ động vươn lên thoát nghèo, không trông chờ, ỷ lại vào sự giúp đỡ của nhà nước và xã hội.',
      'Truyền thông nâng cao nhận thức cho đối tượng yếu thế, dễ bị tổn thương (đối tượng bảo trợ xã hội, trẻ em, phụ nữ bị bạo hành, người khuyết tật, người cao tuổi, người nghiện ma túy và đối tượng khác) để tiếp cận, thụ hưởng các chính sách giảm nghèo và an sinh xã hội, khơi dậy ý chí, nỗ lực vượt qua hoàn cảnh khó khăn, vươn lên trong cuộc sống; lồng ghép vấn đề bình đẳng giới trong nội dung truyền thông nhằm giảm định kiến giới, tạo điều kiện cho phụ nữ thoát nghèo.',
      'Tăng cường công tác thông tin, truyền thông và tư vấn chăm sóc dinh dưỡng. Xây dựng, cập nhật, cung cấp công cụ, tài liệu truyền thông dưới nhiều hình thức, ngôn ngữ phù hợp với các dân tộc cho cơ sở y tế các cấp.',
      'Hỗ trợ các cơ quan báo chí, xuất bản tích cực tuyên truyền về công tác giảm nghèo, kịp thời giới thiệu các cá nhân, tập thể, mô hình, kinh nghiệm hay trong giảm nghèo bền vững; tổ chức biên soạn, in ấn và phát hành các sản phẩm thông tin, tuyên truyền về các chính sách, nội dung giảm nghèo.',
      'Tổ chức thực hiện phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, khơi dậy ý chí tự lực tự cường, phát huy nội lực vươn lên “thoát nghèo, xây dựng cuộc sống ấm no” của người dân và cộng đồng, phấn đấu “Vì một Việt Nam không còn đói nghèo”; biểu dương, khen thưởng đối với các địa phương, cộng đồng, hộ nghèo phấn đấu và có thành tích thoát nghèo bền vững.',
      'Xây dựng, tổ chức thực hiện các chương trình thông tin và truyền thông về công tác giảm nghèo đa chiều, giáo dục nghề nghiệp, việc làm, trợ giúp xã hội, bảo vệ, chăm sóc trẻ em, dinh dưỡng và bình đẳng giới.',
      'Xây dựng, phát triển mạng lưới cán bộ tuyên truyền viên, báo cáo viên về giảm nghèo từ cấp huyện tới cơ sở. Tổ chức các hoạt động đối thoại chính sách về giảm nghèo định kỳ ở các cấp, các ngành, nhất là cơ sở để tăng cường giải thích về chính sách, giải quyết các vướng mắc trong quá trình thực hiện chính sách.',
      'Truyền thông, nâng cao khả năng tiếp cận trợ giúp pháp lý cho người nghèo và đối tượng yếu thế, người dân tại vùng nghèo, vùng khó khăn để họ biết và thụ hưởng khi có yêu cầu.',
      'Tăng cường tuyên truyền trên các Trang thông tin điện tử của các đơn vị, địa phương về công tác giảm nghèo.',
      'Truyền thông, nâng cao nhận thức, trách nhiệm cho cộng đồng, gia đình về công tác xóa mù chữ, nâng cao tỷ lệ trẻ em đi học đúng độ tuổi; huy động các tổ chức kinh tế, xã hội, đơn vị vũ trang nhân dân, cộng đồng dân cư có trách nhiệm tham gia công tác xóa mù chữ, nâng cao tỷ lệ đi học đúng độ tuổi cho trẻ em nghèo; nâng tỷ lệ qua đào cho người nghèo, người dân sinh sống trên địa bàn nghèo, đặc biệt khó khăn; đảm bảo tỷ lệ biết chữ cân bằng giữa nam và nữ, góp phần nâng cao chất lượng nguồn nhân lực và phát triển kinh tế - xã hội ở vùng nghèo, vùng khó khăn.',
    ],
    outputs: [
      'Người nghèo, người dân tại các địa bàn thực hiện Chương trình; các tổ chức và cá nhân có liên quan được nâng cao nhận thức về công tác giảm nghèo, các chính sách có liên quan đến giảm nghèo.',
      'Các hoạt động truyền thông được tổ chức với nhiều hình thức phù hợp: trên các phương tiện thông tin đại chúng; trang thông tin điện tử của các đơn vị, địa phương; tờ rơi, tờ gấp, pano; đối thoại chính sách; nói chuyện chuyên đề; trợ giúp pháp lý...',
    ],
    leadUnitCodes: ['P-LDTBXH'],
  },
  {
    code: '7',
    kind: 'PROJECT',
    name: 'Nâng cao năng lực và giám sát đánh giá Chương trình',
    // The plan states no objective of its own for project 7: its sub-projects' names.
    objective: 'Nâng cao năng lực thực hiện Chương trình; giám sát, đánh giá',
    beneficiaries: '',
    activities: [],
    outputs: [],
    leadUnitCodes: [],
  },
  {
    code: '7.1',
    kind: 'SUBPROJECT',
    name: 'Nâng cao năng lực thực hiện Chương trình',
    objective:
      'Nâng cao năng lực, tập huấn, bồi dưỡng kiến thức, kỹ năng, nghiệp vụ (bằng hình thức phù hợp tình hình thực tế môi trường ảnh hưởng dịch Covid-19) cho đội ngũ những người làm công tác giảm nghèo để hỗ trợ người nghèo vươn lên thoát nghèo, hỗ trợ các nhóm đối tượng yếu thế, dễ bị tổn thương không rơi vào tình trạng nghèo đói; bảo đảm đội ngũ cán bộ đủ năng lực thực hiện Chương trình đúng mục tiêu, đúng đối tượng, hiệu quả, bền vững.',
    beneficiaries:
      'Đội ngũ cán bộ, nhân viên làm công tác giảm nghèo các cấp, nhất là cấp cơ sở (cán bộ thôn, đại diện cộng đồng, lãnh đạo tổ nhóm, cộng tác viên giảm nghèo, cán bộ các Hội, đoàn thể...), chú trọng đối tượng là cán bộ nữ.',
    activities: [
      'Xây dựng tài liệu đào tạo, tập huấn, bồi dưỡng kiến thức, kỹ năng, nghiệp vụ về giảm nghèo đa chiều, giảm nghèo về thông tin, đa dạng hóa sinh kế, phát triển mô hình giảm nghèo, phát triển sản xuất, trợ giúp xã hội, bảo vệ, chăm sóc trẻ em, giáo dục nghề nghiệp, lao động, việc làm, chăm sóc dinh dưỡng; ưu tiên các nội dung giới thiệu về cách tiếp cận, phương pháp và các mô hình giảm nghèo thành công.',
      'Đào tạo, tập huấn, bồi dưỡng cán bộ làm công tác giảm nghèo các cấp.',
      'Nâng cao năng lực cho đội ngũ tuyên truyền viên, nhất là cấp cơ sở trong việc hỗ trợ người dân giảm nghèo về thông tin (sau khi đội ngũ tuyên truyền viên được thành lập; bằng hình thức phù hợp tình hình thực tế).',
    ],
    outputs: [
      'Đội ngũ cán bộ, nhân viên làm công tác giảm nghèo các cấp được nâng cao năng lực, áp dụng vào thực tế triển khai nhiệm vụ.',
      'Các chính sách, chương trình về giảm nghèo được thực hiện đảm bảo đúng đối tượng, mục tiêu, hiệu quả, bền vững.',
    ],
    leadUnitCodes: [],
  },
  {
    code: '7.2',
    kind: 'SUBPROJECT',
    name: 'Giám sát, đánh giá',
    objective:
      'Triển khai quy trình, hệ thống kiểm tra và giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 đồng bộ, toàn diện đáp ứng yêu cầu quản lý Chương trình. Tổ chức kiểm tra, giám sát, đánh giá việc tổ chức thực hiện Chương trình, đảm bảo Chương trình thực hiện đạt được mục tiêu đề ra.',
    // The plan heads this list "Đối tượng" rather than "Đối tượng thụ hưởng".
    beneficiaries: [
      'Các cơ quan chủ trì, quản lý các dự án, tiểu dự án, các hoạt động thuộc Chương trình.',
      'Các cơ quan, đơn vị, tổ chức, cá nhân tham gia thực hiện Chương trình.',
    ].join('\n'),
    activities: [
      'Triển khai quy trình kiểm tra và giám sát, đánh giá thực hiện Chương trình; mẫu báo cáo kiểm tra và giám sát, đánh giá thực hiện Chương trình, mẫu biểu thu thập thông tin Chương trình.',
      'Tổ chức các hoạt động giám sát thường xuyên và định kỳ cập nhật các thông tin liên quan đến tình hình thực hiện Chương trình; tổng hợp, phân tích, đánh giá thông tin, đề xuất các phương án phục vụ việc ra quyết định của các cấp quản lý nhằm đảm bảo Chương trình thực hiện đúng mục tiêu, đúng tiến độ, đạt chất lượng và trong khuôn khổ các nguồn lực đã được xác định.',
      'Tổ chức các hoạt động đánh giá định kỳ theo kế hoạch nhằm xác định mức độ đạt được theo mục tiêu, chỉ tiêu cụ thể so với quyết định phê duyệt Chương trình. Đánh giá Chương trình bao gồm: Đánh giá đầu kỳ, đánh giá giữa kỳ, và đánh giá cuối kỳ.',
      'Tổ chức các hoạt động kiểm tra định kỳ theo kế hoạch hoặc đột xuất, nhằm kiểm tra việc chấp hành quy định về quản lý Chương trình của các cơ quan, tổ chức, cá nhân liên quan; phát hiện kịp thời những sai sót, yếu kém về quản lý Chương trình theo quy định của pháp luật; kiến nghị các cấp có thẩm quyền xử lý những vướng mắc, phát sinh, việc làm sai quy định về quản lý Chương trình; giám sát việc xử lý và chấp hành các biện pháp xử lý các vấn đề đã phát hiện.',
      'Thực hiện chế độ thu thập thông tin, báo cáo kiểm tra và giám sát, đánh giá thực hiện Chương trình, gồm: Chế độ thu thập thông tin và tổng hợp các biểu mẫu; chế độ báo cáo kiểm tra và giám sát, đánh giá thực hiện Chương trình;',
      'Tổ chức giám sát đầu tư của cộng đồng, huy động người dân tham gia giám sát cộng đồng về các hoạt động của Chương trình. Tổ chức giám sát phản biện chính sách xã hội của Chương trình.',
      'Tổ chức thực hiện rà soát, xác định hộ nghèo và hộ cận nghèo hằng năm, hộ có mức sống trung bình theo đúng quy định.',
      'Tổ chức thực hiện các hoạt động kiểm tra, giám sát và đánh giá kết quả thực hiện các cơ chế, chính sách, Chương trình, dự án (bao gồm tiểu dự án và hoạt động) giảm nghèo ở các cấp theo định kỳ, hằng năm hoặc đột xuất (khi cần thiết).',
    ],
    outputs: [
      'Bảo đảm tổ chức triển khai thực hiện cơ chế, chính sách, Chương trình, đúng mục tiêu, đúng định hướng, đúng luật pháp, hiệu quả. Kịp thời giám sát, đánh giá tình hình, kết quả thực hiện, giải quyết những vấn đề khó khăn, vướng mắc, hạn chế.',
    ],
    leadUnitCodes: ['P-LDTBXH', ...COMMUNE_UNIT_CODES],
  },
];

// Section V.4 addresses "Ủy ban nhân dân các xã" as one; each commune gets the same duties.
const COMMUNE_DUTIES: readonly string[] = [
  'Căn cứ Kế hoạch này và tình hình thực tế của địa phương, khẩn trương xây dựng Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội bền vững năm 2022 trên địa bàn quản lý (hoàn thành trước ngày 30/4/2022).',
  'Triển khai, thực hiện các dự án, tiểu dự án thành phần thuộc Chương trình mục tiêu quốc gia giảm nghèo và an sinh xã hội bền vững; các chính sách liên quan đến giảm nghèo năm 2022 trên địa bàn xã theo phân cấp; theo dõi, nắm bắt tiến độ thực hiện báo cáo theo quy định. Tiếp tục duy trì nhiệm vụ, hoạt động của đội ngũ cộng tác viên giảm nghèo cấp xã.',
  'Giao nhiệm vụ cho các tổ chức chính trị - xã hội cấp xã theo dõi, chỉ đạo công tác giảm nghèo ở các thôn.',
  'Giao chỉ tiêu giảm nghèo và tiếp cận các dịch vụ xã hội cơ bản cho từng thôn.',
  'Chủ động bố trí, huy động, lồng ghép các nguồn lực để hỗ trợ thực hiện các mục tiêu giảm nghèo trên địa bàn; ưu tiên cho các hộ nghèo, cận nghèo có lao động, có phương án sản xuất, có tay nghề tham gia vào các dự án, mô hình hỗ trợ phát triển sản xuất kinh doanh để nâng cao khả năng thoát nghèo.',
  'Bố trí kinh phí và phối hợp chặt chẽ với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp để triển khai Cuộc vận động "Làm thay đổi nếp nghĩ, cách làm của đồng bào dân tộc thiểu số, làm cho đồng bào dân tộc thiểu số vươn lên thoát nghèo bền vững" trên địa bàn quản lý.',
  'Chỉ đạo công chức phụ trách công lĩnh vực Lao động - Thương binh và Xã hội cập nhật thông tin về hộ nghèo, hộ cận nghèo vào phần mềm hệ thống thông tin quản lý hộ nghèo, hộ cận nghèo và hộ có người đang hưởng trợ cấp/trợ giúp xã hội hàng tháng tại cộng đồng (Hệ thống MIS POSASoft).',
  'Tổ chức rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới và điều tra, rà soát hộ nghèo, hộ cận nghèo cuối năm 2022 (theo chỉ đạo của Ủy ban nhân dân huyện và hướng dẫn của Phòng Lao động - Thương binh và Xã hội).',
  'Thường xuyên tự kiểm tra, giám sát, đánh giá kết quả thực hiện tại địa phương.',
  'Tổ chức đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo và an sinh xã hội bền vững năm 2022 tại địa bàn quản lý.',
];

// Section V.5 addresses the Front and the district mass organisations together
// ("Đề nghị": the district committee requests, it cannot order them); both get its duties.
const FRONT_DUTIES: readonly string[] = [
  'Phối hợp tuyên truyền, vận động đoàn viên, hội viên và các tầng lớp Nhân dân tích cực tham gia hưởng ứng Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, chung tay ủng hộ Quỹ “Vì người nghèo” gắn với thực hiện Phong trào thi đua “Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau” đảm bảo phù hợp, hiệu quả.',
  'Vận động các tổ chức, cá nhân tham gia hỗ trợ các nguồn lực giúp người nghèo, hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo vươn lên thoát nghèo bền vững theo kế hoạch giảm nghèo của địa phương.',
  'Phối hợp tổ chức thực hiện việc giám sát, phản biện trong việc xây dựng và thực hiện cơ chế, chính sách giảm nghèo trên địa bàn huyện.',
];

// Only bodies that can receive an allocation are units. Section V.1 ("Các Phòng, ban, ngành
// liên quan") and the mass organisations of V.5 ("các tổ chức chính trị - xã hội huyện") are
// addressed as groups, not as one body, so they are not units.
export const IMPLEMENTING_UNITS: ImplementingUnitSeed[] = [
  {
    code: 'P-LDTBXH',
    name: 'Phòng Lao động - Thương binh và Xã hội',
    kind: 'DISTRICT_OFFICE',
    duties: [
      'Chủ trì, phối hợp với các đơn vị có liên quan hướng dẫn, đôn đốc, kiểm tra, giám sát các địa phương triển khai Kế hoạch này.',
      'Chủ trì, phối hợp với Cơ quan Tổ chức - Nội vụ và các đơn vị liên quan tham mưu Ủy ban nhân dân huyện khen thưởng những tập thể, cá nhân, doanh nghiệp có thành tích xuất sắc trong Phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"; phối hợp với Ủy ban Mặt trận tổ quốc Việt Nam huyện xét chọn, đề nghị khen thưởng các tập thể, các nhân có thành tích đóng góp, ủng hộ Quỹ vì người nghèo năm 2022.',
      'Thường xuyên cập nhật thông tin về hộ nghèo, hộ cận nghèo vào phần mềm hệ thống thông tin quản lý hộ nghèo, hộ cận nghèo và hộ có người đang hưởng trợ cấp/trợ giúp xã hội hàng tháng tại cộng đồng (Hệ thống MIS POSASoft).',
      'Hướng dẫn các xã thực hiện thu thập và cập nhật thông tin hộ nghèo, hộ cận nghèo, hộ bảo trợ xã hội năm 2022 vào phần mềm hệ thống thông tin quản lý hộ nghèo, hộ cận nghèo và hộ có người đang hưởng trợ cấp/trợ giúp xã hội hàng tháng tại cộng đồng (Hệ thống MIS POSASoft).',
      'Chủ trì tham mưu Ủy ban nhân dân huyện chỉ đạo tổ chức rà soát hộ nghèo, hộ cận cuối năm 2022 theo hướng dẫn của Bộ, Sở Lao động - Thương binh và Xã hội.',
    ],
  },
  {
    code: 'P-TCKH',
    name: 'Phòng Tài chính - Kế hoạch',
    kind: 'DISTRICT_OFFICE',
    duties: [
      'Chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội và các đơn vị liên quan tổng hợp, tham mưu Ủy ban nhân dân huyện phân bổ vốn đầu tư Kế hoạch giảm nghèo và an sinh xã hội bền vững năm 2022 theo tiến độ và hướng dẫn của Trung ương, của Tỉnh; huy động các nguồn tài trợ để thực hiện Kế hoạch này.',
    ],
  },
  {
    // Named only as a partner in LĐTBXH's commendation duty; the plan gives it no task of its own.
    code: 'CQ-TCNV',
    name: 'Cơ quan Tổ chức - Nội vụ',
    kind: 'DISTRICT_OFFICE',
    duties: [],
  },
  {
    code: 'UBMTTQ',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    kind: 'OTHER',
    duties: [...FRONT_DUTIES],
  },
  {
    code: 'UBND-IATOI',
    name: 'Ủy ban nhân dân xã Ia Tơi',
    kind: 'COMMUNE_COMMITTEE',
    communeCode: 'KT-IAHDRAI-IATOI',
    duties: [...COMMUNE_DUTIES],
  },
  {
    code: 'UBND-IADAL',
    name: 'Ủy ban nhân dân xã Ia Đal',
    kind: 'COMMUNE_COMMITTEE',
    communeCode: 'KT-IAHDRAI-IADAL',
    duties: [...COMMUNE_DUTIES],
  },
  {
    code: 'UBND-IADOM',
    name: 'Ủy ban nhân dân xã Ia Dom',
    kind: 'COMMUNE_COMMITTEE',
    communeCode: 'KT-IAHDRAI-IADOM',
    duties: [...COMMUNE_DUTIES],
  },
];
