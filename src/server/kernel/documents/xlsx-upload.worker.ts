/** Runs in a worker thread (xlsx-upload.ts): the zip check, then exceljs reads the cells. */
import { readXlsx, XlsxFormatError } from './xlsx.ts';
import { checkZipDirectory, type WorkbookReading } from './xlsx-upload.ts';

export async function readWorkbook(bytes: ArrayBuffer): Promise<WorkbookReading> {
  const buffer = Buffer.from(bytes);
  try {
    await checkZipDirectory(buffer);
    return { sheets: await readXlsx(buffer) };
  } catch (error) {
    if (error instanceof XlsxFormatError) return { problem: error.message };
    throw error;
  }
}
