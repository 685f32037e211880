import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../client/src/ui/download';

describe('the file name a download is saved under', () => {
  it("is the server's, from Content-Disposition", () => {
    expect(fileNameOf('attachment; filename="phan-bo-kinh-phi-2022.xlsx"', 'x.xlsx')).toBe(
      'phan-bo-kinh-phi-2022.xlsx',
    );
    expect(fileNameOf('attachment; filename=bao-cao.xlsx', 'x.xlsx')).toBe('bao-cao.xlsx');
  });

  it('prefers the UTF-8 name, which keeps Vietnamese letters', () => {
    expect(
      fileNameOf(
        `attachment; filename="Ke hoach.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20x%C3%A3%20Ia%20T%C6%A1i.pdf`,
        'x.pdf',
      ),
    ).toBe('Kế hoạch xã Ia Tơi.pdf');
  });

  it('never saves a path, and falls back when there is no usable name', () => {
    expect(fileNameOf('attachment; filename="../../etc/passwd"', 'x.xlsx')).toBe('passwd');
    expect(fileNameOf('attachment', 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A`, 'x.xlsx')).toBe('x.xlsx');
  });
});
