import yauzl from 'yauzl';
import { runInWorker, WorkerTaskError } from '../workers/run-in-worker.ts';
import { XlsxFormatError, type SheetRead } from './xlsx.ts';

/**
 * An uploaded workbook, read without stalling the server: its zip directory is checked first
 * (what it claims to unpack to), then it is unpacked and read in a worker thread with a time
 * and memory limit. An .xlsx is a zip of XML; a few kilobytes can claim to unpack to gigabytes
 * (a zip bomb), and reading a genuine 10 MB workbook with exceljs takes seconds of CPU.
 */
export const XLSX_LIMITS = {
  /** All entries together, unpacked. A sheet of 5 000 rows of ten cells unpacks to about 3 MB. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxEntries: 5_000,
  /** Deflate reaches about 1:30 on spreadsheet XML; far more is a bomb. */
  maxRatio: 200,
  timeoutMs: 60_000,
  maxHeapMb: 1_024,
};

export const XLSX_MESSAGES = {
  notWorkbook: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.',
  tooLarge: `Tệp Excel quá lớn khi giải nén (giới hạn ${XLSX_LIMITS.maxUnpackedBytes / 1024 / 1024} MB): hãy chia thành nhiều tệp.`,
  suspicious: 'Tệp Excel có cấu trúc nén bất thường và bị từ chối.',
  tooSlow: 'Đọc tệp Excel quá lâu hoặc tốn quá nhiều bộ nhớ: hãy chia thành nhiều tệp nhỏ hơn.',
};

/**
 * Checks the zip's central directory — sizes as the file declares them, read without
 * unpacking anything. Throws XlsxFormatError with the reason.
 */
export async function checkZipDirectory(bytes: Buffer, limits = XLSX_LIMITS): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error || !file ? reject(new XlsxFormatError(XLSX_MESSAGES.notWorkbook)) : resolve(file),
    ),
  );
  if (zip.entryCount > limits.maxEntries) throw new XlsxFormatError(XLSX_MESSAGES.suspicious);
  await new Promise<void>((resolve, reject) => {
    let unpacked = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      unpacked += entry.uncompressedSize;
      if (unpacked > limits.maxUnpackedBytes) return reject(new XlsxFormatError(XLSX_MESSAGES.tooLarge));
      if (
        entry.uncompressedSize > 1024 * 1024 &&
        entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxRatio
      )
        return reject(new XlsxFormatError(XLSX_MESSAGES.suspicious));
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(new XlsxFormatError(XLSX_MESSAGES.notWorkbook)));
    zip.readEntry();
  });
}

/** The worker's result: the sheets, or why the file cannot be read. */
export type WorkbookReading = { sheets: SheetRead[] } | { problem: string };

/**
 * Reads an uploaded workbook's cells off the request thread. Throws XlsxFormatError (with a
 * message for people) when the file is not a workbook, too large or too costly to read.
 */
export async function readUploadedWorkbook(upload: Buffer): Promise<SheetRead[]> {
  // The worker gets its own copy to own (transferred, not cloned again).
  const bytes = new Uint8Array(upload).buffer;
  let reading: WorkbookReading;
  try {
    reading = await runInWorker<WorkbookReading>(
      new URL('./xlsx-upload.worker.ts', import.meta.url),
      'readWorkbook',
      bytes,
      XLSX_LIMITS,
      [bytes],
    );
  } catch (error) {
    if (error instanceof WorkerTaskError) throw new XlsxFormatError(XLSX_MESSAGES.tooSlow);
    throw error;
  }
  if ('problem' in reading) throw new XlsxFormatError(reading.problem);
  return reading.sheets;
}
