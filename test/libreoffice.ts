import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A document converted by LibreOffice as a user's office suite opens it (headless), e.g. an .xlsx
 * to the PDF it prints. Each conversion has its own profile, so conversions run side by side.
 * Throws when LibreOffice fails or writes nothing.
 */
export async function convertWithLibreOffice(
  content: Buffer,
  fileName: string,
  to: 'pdf' | 'csv' = 'pdf',
): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kcn-office-'));
  try {
    const input = path.join(dir, fileName);
    writeFileSync(input, content);
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        to,
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000, env: { ...process.env, LANG: 'vi_VN.UTF-8' } },
    );
    return readFileSync(path.join(dir, `${path.parse(fileName).name}.${to}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pages of a PDF (its /Type /Page objects). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
